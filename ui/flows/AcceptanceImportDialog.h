#pragma once

#include "common/Session.h"
#include "recruitment/AcceptanceImport.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gme {

// Trainees' answers imported from a sheet (证件号码, 姓名, 专业, 是否接受录取: 接受 / 放弃): pick the
// file, see every refused row with its row, column and reason, then record all answers or only the
// valid ones in one transaction. Reading, checking and recording run off the GUI thread with
// progress and cancel.
class AcceptanceImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AcceptanceImportDialog(const Session &session, QWidget *parent = nullptr);

    bool loadFile(const QString &path); // false (reason shown) when the file cannot be read
    bool commit();                      // true when the answers were recorded
    void setValidOnly(bool on);
    const recruit::AcceptancePlan &plan() const { return m_plan; }
    QString statusText() const;
    bool saveReport(QString path = {}); // the problem report (.xlsx); asks for the path when empty

signals:
    void imported(int answers); // applications moved: the queue needs reloading

private:
    void browse();
    void showPlan();

    Session m_session;
    recruit::AcceptancePlan m_plan;
    bool m_planned = false;
    QLineEdit *m_path = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_issues = nullptr;
    QCheckBox *m_validOnly = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_report = nullptr;
};

} // namespace gme
