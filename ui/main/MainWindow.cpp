#include "MainWindow.h"

#include "db/ChangeWatcher.h"

#include "batches/BatchesPage.h"
#include "dashboard/DashboardPage.h"
#include "db/Database.h"
#include "export/RosterExportDialog.h"
#include "flows/ChangeRequestsPage.h"
#include "flows/RecruitmentPage.h"
#include "history/HistoryPage.h"
#include "import/DecisionImportDialog.h"
#include "import/ImportWizard.h"
#include "review/ReviewPane.h"
#include "settings/SettingsDialog.h"
#include "years/ReductionPane.h"
#include "years/TrainingYearsPage.h"
#include "teachers/AssignmentGridPage.h"
#include "teachers/TeachersPage.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

#include <algorithm>

namespace gme {

MainWindow::MainWindow(const Session &session, QWidget *parent) : QMainWindow(parent), m_session(session)
{
    const User &u = session.user;
    setWindowTitle(tr("gmedesk — %1 (%2, %3)").arg(u.displayName, roleName(u.role), u.orgName));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    if (u.role == Role::Department) {
        // A department head (科室主任) works on its department's assignments and nothing else.
        m_tabs->addTab(new AssignmentGridPage(session, m_tabs), tr("Teacher assignment"));
    } else if (u.role == Role::Sysadmin) {
        m_tabs->addTab(new UsersPage(session, m_tabs), tr("Users"));
        auto *batches = new BatchesPage(session, true, m_tabs);
        batches->setMessage(tr("The exam batches are shown read-only."));
        m_tabs->addTab(batches, tr("Exam batches"));
    } else {
        m_review = new ReviewPane(session, m_tabs);
        // Central mode: another reviewer's decisions show up without pressing refresh.
        auto *watcher = new ChangeWatcher(*session.database, this);
        connect(watcher, &ChangeWatcher::changedByOthers, m_review, &ReviewPane::reload);
        // The server went away: the pane's next read finds out and shows the banner. Back again:
        // others' changes meanwhile went unheard, so the queue is read afresh.
        connect(watcher, &ChangeWatcher::connectionLost, m_review, &ReviewPane::reload);
        connect(watcher, &ChangeWatcher::reconnected, m_review, &ReviewPane::reload);
        m_tabs->addTab(m_review, tr("Review queue"));
        m_tabs->addTab(new HistoryPage(session, m_tabs), tr("Decision history"));
        // The other queues on the same engine; each loads when its tab is shown.
        m_recruitment = new RecruitmentPage(session, m_tabs);
        m_tabs->addTab(m_recruitment, tr("Recruitment"));
        m_changes = new ChangeRequestsPage(session, m_tabs);
        m_tabs->addTab(m_changes, tr("Change requests"));
        m_years = new TrainingYearsPage(session, m_tabs);
        m_tabs->addTab(m_years, tr("Training years"));
        m_reductions = new ReductionPane(session, m_tabs);
        m_tabs->addTab(m_reductions, tr("Reduction review"));
        connect(m_years, &TrainingYearsPage::reductionFiled, m_reductions, &FlowPane::reload);
        connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
            if (auto *pane = qobject_cast<FlowPane *>(m_tabs->widget(index)))
                pane->reload();
        });
        if (u.role == Role::Provincial)
            m_tabs->addTab(new BatchesPage(session, false, m_tabs), tr("Exam batches"));
        if (u.role == Role::Base) {
            auto *teachers = new TeachersPage(session, m_tabs);
            m_tabs->addTab(teachers, tr("Teachers"));
            auto *grid = new AssignmentGridPage(session, m_tabs);
            m_tabs->addTab(grid, tr("Teacher assignment"));
            // A dismissal shows up as a problem on the rows that teacher supervises.
            connect(teachers, &TeachersPage::teachersChanged, grid, &AssignmentGridPage::reload);
        }
        if (u.role == Role::Provincial || u.role == Role::Municipal) {
            m_dashboard = new DashboardPage(session, m_tabs);
            m_dashboard->setObjectName(QStringLiteral("dashboardPage"));
            m_tabs->addTab(m_dashboard, tr("Dashboard"));
            connect(m_dashboard, &DashboardPage::openQueue, this, &MainWindow::openQueue);
        }
    }

    buildMenus();
    auto *where = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(session.database->location())), this);
    where->setObjectName(QStringLiteral("databasePath"));
    statusBar()->addPermanentWidget(where);

    const QByteArray geometry = QSettings().value(QStringLiteral("ui/mainGeometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // 1400 x 900, or the whole screen where it is smaller (1366 x 768 laptops are common).
        const QSize room = screen()->availableGeometry().size();
        resize(std::min(1400, room.width()), std::min(900, room.height()));
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    const Role role = m_session.user.role;
    if (role != Role::Sysadmin && role != Role::Department) {
        QAction *importRoster = file->addAction(tr("&Import roster…"));
        importRoster->setObjectName(QStringLiteral("importRosterAction"));
        connect(importRoster, &QAction::triggered, this, &MainWindow::importRoster);
    }
    if (role != Role::Department) {
        QAction *exportRoster = file->addAction(tr("&Export roster…"));
        exportRoster->setObjectName(QStringLiteral("exportRosterAction"));
        connect(exportRoster, &QAction::triggered, this, &MainWindow::exportRoster);
    }
    if (role == Role::Base || role == Role::Municipal || role == Role::Provincial) {
        QAction *importDecisions = file->addAction(tr("Import &decisions…"));
        importDecisions->setObjectName(QStringLiteral("importDecisionsAction"));
        connect(importDecisions, &QAction::triggered, this, &MainWindow::importDecisions);
    }
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"));
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, [this] { SettingsDialog(this).exec(); });
    QAction *signOut = file->addAction(tr("Sign &out"));
    connect(signOut, &QAction::triggered, this, [this] {
        m_signOut = true;
        close();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About gmedesk"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::openQueue(const QueueFilter &filter)
{
    if (!m_review)
        return;
    m_tabs->setCurrentWidget(m_review);
    m_review->applyFilter(filter);
}

void MainWindow::importRoster()
{
    ImportWizard wizard(m_session, this);
    wizard.exec();
    if (m_review)
        m_review->reload(); // whatever was committed shows up in the queue
}

void MainWindow::exportRoster()
{
    RosterExportDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::importDecisions()
{
    DecisionImportDialog dialog(m_session, this);
    bool applied = false;
    connect(&dialog, &DecisionImportDialog::applied, this, [&applied] { applied = true; });
    dialog.exec();
    if (applied && m_review)
        m_review->reload();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("ui/mainGeometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About gmedesk"),
                       tr("<h3>gmedesk %1</h3><p>Review desk for resident-training administrators: "
                          "completion-exam registration reviewed by base, city and province.</p>"
                          "<p>Database: %2</p>")
                           .arg(QApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_session.database->location()).toHtmlEscaped()));
}

} // namespace gme
