#pragma once

#include "common/Session.h"

#include <QMainWindow>

class QTabWidget;

namespace gme {

class ReviewPane;

// The signed-in window: pages by role, File and Help menus, the database in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Session &session, QWidget *parent = nullptr);

    ReviewPane *reviewPane() const { return m_review; }
    bool signOutRequested() const { return m_signOut; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showAbout();

    Session m_session;
    QTabWidget *m_tabs = nullptr;
    ReviewPane *m_review = nullptr;
    bool m_signOut = false;
};

} // namespace gme
