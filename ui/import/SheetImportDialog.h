#pragma once

#include "common/CancellableRun.h"
#include "common/Session.h"
#include "db/DbError.h"
#include "import/RosterImport.h"

#include <QDialog>
#include <QFileInfo>
#include <QSize>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gme {

// What a sheet import dialog shows that differs between imports; the rest of the dialog is shared.
struct SheetImportTexts
{
    QString title;          // window title, also the title of the file chooser
    QString intro;          // what the sheet holds
    QString chooseHint;     // shown before a file is chosen
    QString validOnlyBox;   // the "valid rows only" box; empty: no box
    QString applyButton;    // the button that writes the plan
    bool withReport = false; // offers "Save problem report…" for the problem rows
    QString objectPrefix;   // object names: <prefix>File, <prefix>Summary, <prefix>Issues, <prefix>ValidOnly
    QString applyObjectName;
    QString browseObjectName; // empty: none
    QSize size;
};

// The skeleton every sheet import dialog shares: choose a file, read and check it off the GUI
// thread with progress and cancel, list every problem row, optionally take the valid rows only,
// save the problem report, then write. A subclass supplies its reader and writer and texts.
class SheetImportDialog : public QDialog
{
    Q_OBJECT
public:
    bool loadFile(const QString &path); // false (reason shown) when the file cannot be read
    bool commit();                      // true when the plan was written
    void setValidOnly(bool on);
    QString statusText() const;
    bool saveReport(QString path = {}); // the problem report (.xlsx); asks for the path when empty

protected:
    using Progress = std::function<bool(int, int)>;

    // What the subclass's plan shows: summary text, problem rows, whether it can be written.
    struct PlanView
    {
        QString summary;
        QList<ImportIssue> issues;
        bool canWrite = false;
    };
    struct ReadResult
    {
        QString error;
        bool cancelled = false;
    };
    struct WriteResult
    {
        bool ok = false;
        QString message; // shown in the summary either way
    };

    SheetImportDialog(const Session &session, const SheetImportTexts &texts, QWidget *parent);

    // Reads and plans `path` (off the GUI thread, see planSheet); keeps the plan on success.
    virtual ReadResult readPlan(const QString &path) = 0;
    virtual void clearPlan() = 0;
    virtual PlanView planView() const = 0;
    virtual bool hasWork() const = 0;
    virtual WriteResult writePlan() = 0; // off the GUI thread, see runWrite
    virtual ImportPlan problemReport() const { return {}; }
    virtual void announceWritten() {} // emits the subclass's signal once the summary is shown

    const Session &session() const { return m_session; }
    bool validOnly() const;

    template <typename Plan>
    struct Planned
    {
        Plan plan;
        QString error;
    };

    // Reads the sheet at `path` and runs makePlan(table, fileName, progress, error) on the
    // database thread; a DbError becomes the error text. makePlan must capture copies only.
    template <typename Plan, typename MakePlan>
    Planned<Plan> planSheet(const QString &path, MakePlan makePlan)
    {
        const QString fileName = QFileInfo(path).fileName();
        return runCancellable<Planned<Plan>>(
            this, tr("Reading %1…").arg(fileName), [path, fileName, makePlan](const Progress &progress) {
                Planned<Plan> out;
                const SheetReadResult read = readRosterFile(path);
                if (!read.ok) {
                    out.error = read.error;
                    return out;
                }
                try {
                    out.plan = makePlan(read.table, fileName, progress, out.error);
                } catch (const DbError &e) {
                    out.error = e.message();
                }
                return out;
            });
    }

    // Runs work(progress) on the database thread; a DbError becomes the outcome's error.
    template <typename Outcome, typename Work>
    Outcome runWrite(const QString &label, Work work)
    {
        return runCancellable<Outcome>(this, label, [work](const Progress &progress) {
            Outcome out;
            try {
                out = work(progress);
            } catch (const DbError &e) {
                out.error = e.message();
            }
            return out;
        });
    }

    static QString noHeaderError();

private:
    void browse();
    void showPlan();

    Session m_session;
    QString m_title;
    bool m_planned = false;
    QLineEdit *m_path = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_issues = nullptr;
    QCheckBox *m_validOnly = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_report = nullptr;
};

} // namespace gme
