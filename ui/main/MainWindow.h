#pragma once

#include "common/Session.h"
#include "review/QueueFilter.h"

#include <QMainWindow>

class QTabWidget;

namespace gme {

class ChangeRequestsPage;
class DashboardPage;
class RecruitmentPage;
class ReductionPane;
class ReviewPane;
class TrainingYearsPage;

// The signed-in window: pages by role, File and Help menus, the database in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Session &session, QWidget *parent = nullptr);

    ReviewPane *reviewPane() const { return m_review; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    RecruitmentPage *recruitmentPage() const { return m_recruitment; }
    ChangeRequestsPage *changeRequestsPage() const { return m_changes; }
    TrainingYearsPage *trainingYearsPage() const { return m_years; }
    ReductionPane *reductionPane() const { return m_reductions; }
    QTabWidget *tabs() const { return m_tabs; }
    // Shows the review tab with `filter` applied (the dashboard's bars call this).
    void openQueue(const QueueFilter &filter);
    bool signOutRequested() const { return m_signOut; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showAbout();
    void importRoster();
    void exportRoster();
    void importDecisions();

    Session m_session;
    QTabWidget *m_tabs = nullptr;
    ReviewPane *m_review = nullptr;
    DashboardPage *m_dashboard = nullptr;
    RecruitmentPage *m_recruitment = nullptr;
    ChangeRequestsPage *m_changes = nullptr;
    TrainingYearsPage *m_years = nullptr;
    ReductionPane *m_reductions = nullptr;
    bool m_signOut = false;
};

} // namespace gme
