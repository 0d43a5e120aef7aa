#pragma once

#include "common/Session.h"
#include "years/TrainingYearsImport.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gme {

// Training-years sheet import (培训年限表): pick the file, see every problem row with its row and
// column, then write all rows or only the valid ones in one transaction. Reading, checking and
// writing run on the database thread with progress and cancel.
class TrainingYearsImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TrainingYearsImportDialog(const Session &session, QWidget *parent = nullptr);

    bool loadFile(const QString &path); // false (reason shown) when the file cannot be read
    bool commit();                      // true when rows were written
    void setValidOnly(bool on);
    const TrainingYearsPlan &plan() const { return m_plan; }
    QString statusText() const;
    // Writes the problem report (.xlsx); asks for the path when empty.
    bool saveReport(QString path = {});

signals:
    void imported(int rows); // trainees' years changed: lists need reloading

private:
    void browse();
    void showPlan();

    Session m_session;
    TrainingYearsPlan m_plan;
    bool m_planned = false;
    QLineEdit *m_path = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_issues = nullptr;
    QCheckBox *m_validOnly = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_report = nullptr;
};

} // namespace gme
