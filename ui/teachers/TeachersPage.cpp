#include "TeachersPage.h"

#include "Clock.h"
#include "common/Format.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "TeacherEditDialog.h"
#include "TeacherImportDialog.h"
#include "common/Busy.h"
#include "common/ConnectionGuard.h"
#include "teachers/TeacherRepository.h"
#include "teachers/TeacherReview.h"

#include <QFileDialog>
#include <QFileInfo>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace gme {
namespace {
enum Column { Name, DepartmentColumn, Title, AttendingSince, StateColumn, FirstRule };
constexpr EligibilityRule kRules[] = {EligibilityRule::AttendingThreeYears, EligibilityRule::NoMalpractice,
                                      EligibilityRule::NoSeriousIncident, EligibilityRule::NoFailingYearsRunning};
constexpr int kEligibleColumn = FirstRule + int(std::size(kRules));
constexpr TeacherAction kActions[] = {TeacherAction::Recommend, TeacherAction::NotRecommend, TeacherAction::Appoint,
                                      TeacherAction::Dismiss, TeacherAction::Reconsider};
constexpr TeacherState kStates[] = {TeacherState::Registered, TeacherState::Recommended, TeacherState::NotRecommended,
                                    TeacherState::Appointed, TeacherState::Dismissed};
} // namespace

TeachersPage::TeachersPage(const Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("teachersPage"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("State:"), this));
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("teacherStateFilter"));
    m_stateFilter->addItem(tr("All"), QString());
    for (TeacherState s : kStates)
        m_stateFilter->addItem(teacherStateName(s), teacherStateCode(s));
    filters->addWidget(m_stateFilter);
    filters->addStretch(1);
    auto *refresh = new QPushButton(tr("Reload"), this);
    filters->addWidget(refresh);
    layout->addLayout(filters);
    m_connection = new ConnectionGuard(this, m_session.database, [this] { reload(); },
                                       ConnectionGuard::Retry::ProbeThenReload);
    layout->addWidget(m_connection->banner());

    QStringList headers = {tr("Name"), tr("Department"), tr("Title"), tr("Attending since"), tr("State")};
    for (EligibilityRule r : kRules)
        headers << eligibilityRuleName(r);
    headers << tr("Eligible");
    m_table = new QTableWidget(0, int(headers.size()), this);
    m_table->setObjectName(QStringLiteral("teachersTable"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("teacherDetails"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("teachersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *bar = new QHBoxLayout;
    if (m_session.user.role == Role::Base) {
        auto *add = new QPushButton(tr("&New teacher…"), this);
        add->setObjectName(QStringLiteral("newTeacherButton"));
        m_edit = new QPushButton(tr("&Edit…"), this);
        m_edit->setObjectName(QStringLiteral("editTeacherButton"));
        auto *import = new QPushButton(tr("&Import teachers…"), this);
        import->setObjectName(QStringLiteral("importTeachersButton"));
        connect(add, &QPushButton::clicked, this, &TeachersPage::addTeacher);
        connect(m_edit, &QPushButton::clicked, this, &TeachersPage::editSelected);
        connect(import, &QPushButton::clicked, this, &TeachersPage::importTeachers);
        connect(m_table, &QTableWidget::itemDoubleClicked, this, &TeachersPage::editSelected);
        bar->addWidget(add);
        bar->addWidget(m_edit);
        bar->addWidget(import);
        for (QWidget *w : {static_cast<QWidget *>(add), static_cast<QWidget *>(m_edit), static_cast<QWidget *>(import)})
            m_connection->protect(w);
    }
    bar->addStretch(1);
    for (TeacherAction a : kActions) {
        const QList<TeacherTransition> &table = teacherTransitions();
        const bool needsReason = std::any_of(table.begin(), table.end(), [a](const TeacherTransition &t) {
            return t.action == a && t.needsReason;
        });
        auto *b = new QPushButton(needsReason ? tr("%1…").arg(teacherActionName(a)) : teacherActionName(a), this);
        b->setObjectName(teacherActionCode(a) + QStringLiteral("Button"));
        connect(b, &QPushButton::clicked, this, [this, a] { askAndApply(a); });
        m_buttons.insert(a, b);
        m_connection->protect(b);
        bar->addWidget(b);
    }
    layout->addLayout(bar);

    connect(refresh, &QPushButton::clicked, this, &TeachersPage::reload);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &TeachersPage::fillTable);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    updateButtons();
}

void TeachersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void TeachersPage::reload()
{
    const QList<qint64> keep = selectedIds();
    Database *database = m_session.database;
    const qint64 orgId = m_session.user.orgId;
    struct Read
    {
        QList<Teacher> teachers;
        ReadError error;
    };
    const Read read = runWithBusyDialog(this, tr("Loading…"), [database, orgId] {
        Read r;
        r.error = readCatchingErrors(*database, [&] { r.teachers = TeacherRepository(database->connection()).teachers(orgId); });
        return r;
    });
    if (m_connection->afterRead(read.error))
        return; // the teachers last read stay under the banner
    if (read.error.failed()) {
        setMessage(tr("The teachers could not be loaded: %1").arg(read.error.message), true);
        return;
    }
    m_teachers = read.teachers;
    const QDate today = m_session.clockRef().now().date();
    m_eligibility.clear();
    for (const Teacher &t : m_teachers)
        m_eligibility << checkEligibility(t, today);
    fillTable();
    for (qint64 id : keep)
        selectTeacher(id);
}

void TeachersPage::fillTable()
{
    const QString state = m_stateFilter->currentData().toString();
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(0);
    for (qsizetype i = 0; i < m_teachers.size(); ++i) {
        const Teacher &t = m_teachers.at(i);
        if (!state.isEmpty() && teacherStateCode(t.state) != state)
            continue;
        const Eligibility &e = m_eligibility.at(i);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto set = [&](int column, const QString &text, const QString &tip = {}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            item->setData(Qt::UserRole, t.id);
            m_table->setItem(row, column, item);
            return item;
        };
        set(Name, t.name);
        set(DepartmentColumn, t.departmentName);
        set(Title, teacherTitleName(t.title));
        set(AttendingSince, t.attendingSince.isValid() ? formatDate(t.attendingSince) : QString());
        set(StateColumn, teacherStateName(t.state));
        for (int r = 0; r < int(std::size(kRules)); ++r) {
            const EligibilityFlag *f = e.flag(kRules[r]);
            QTableWidgetItem *item = set(FirstRule + r, f->met ? QStringLiteral(u"✓") : QStringLiteral(u"✗ ") + f->reason, f->reason);
            item->setForeground(f->met ? QColor(0x2e7d32) : QColor(0xc62828));
        }
        QTableWidgetItem *eligible = set(kEligibleColumn, yesNo(e.eligible()),
                                         e.eligible() ? tr("Meets every condition") : e.problems());
        eligible->setForeground(e.eligible() ? QColor(0x2e7d32) : QColor(0xc62828));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    for (int c = FirstRule; c < kEligibleColumn; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 220));
    showDetails();
    updateButtons();
}

QList<qint64> TeachersPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << m_table->item(i.row(), Name)->data(Qt::UserRole).toLongLong();
    return ids;
}

void TeachersPage::selectTeacher(qint64 teacherId)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Name)->data(Qt::UserRole).toLongLong() == teacherId) {
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
            m_table->scrollToItem(m_table->item(row, Name));
        }
}

void TeachersPage::showDetails()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1) {
        m_details->setHtml(ids.isEmpty() ? tr("<p>Select a teacher to see the records behind the flags.</p>")
                                         : tr("<p>%n teachers selected.</p>", nullptr, int(ids.size())));
        return;
    }
    qsizetype i = 0;
    while (i < m_teachers.size() && m_teachers.at(i).id != ids.first())
        ++i;
    if (i == m_teachers.size())
        return;
    const Teacher &t = m_teachers.at(i);
    QString html = QStringLiteral("<h3>%1</h3><p>%2 · %3 · %4</p>")
                       .arg(t.name.toHtmlEscaped(), t.departmentName.toHtmlEscaped(), teacherTitleName(t.title),
                            teacherStateName(t.state));
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Conditions"));
    for (const EligibilityFlag &f : m_eligibility.at(i).flags)
        html += QStringLiteral("<li><b style='color:%1'>%2</b> %3: %4</li>")
                    .arg(f.met ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"), f.met ? QStringLiteral(u"✓") : QStringLiteral(u"✗"),
                         eligibilityRuleName(f.rule), f.reason.toHtmlEscaped());
    html += QStringLiteral("</ul><h4>%1</h4><ul>").arg(tr("Records"));
    for (const MalpracticeRecord &m : t.malpractice)
        html += QStringLiteral("<li>%1 %2 %3</li>")
                    .arg(formatDate(m.occurredOn),
                         m.mainResponsibility ? tr("Malpractice, main responsibility") : tr("Malpractice, minor responsibility"),
                         m.note.toHtmlEscaped());
    for (const TeachingIncident &inc : t.incidents)
        html += QStringLiteral("<li>%1 %2 %3</li>")
                    .arg(formatDate(inc.occurredOn), inc.serious ? tr("Serious teaching incident") : tr("Teaching incident"),
                         inc.note.toHtmlEscaped());
    for (const YearlyEvaluation &ev : t.evaluations)
        html += QStringLiteral("<li>%1</li>").arg(ev.passed ? tr("Evaluation %1: passed").arg(ev.year)
                                                            : tr("Evaluation %1: failed").arg(ev.year));
    html += QStringLiteral("</ul><h4>%1</h4><ul>").arg(tr("Decisions"));
    Database *database = m_session.database;
    const qint64 id = t.id;
    QList<TeacherDecision> decisions;
    const ReadError error = m_connection->readBeside([&] { decisions = TeacherRepository(database->connection()).history(id); });
    for (const TeacherDecision &d : std::as_const(decisions)) {
        const auto action = teacherActionFromCode(d.action);
        html += QStringLiteral("<li>%1 %2 %3%4</li>")
                    .arg(formatDateTime(d.decidedAt), d.userName.toHtmlEscaped(),
                         action ? teacherActionName(*action) : d.action,
                         d.reason.isEmpty() ? QString() : tr(": %1").arg(d.reason.toHtmlEscaped()));
    }
    if (error.failed())
        html += QStringLiteral("<li>%1</li>").arg(error.message.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_details->setHtml(html);
}

void TeachersPage::updateButtons()
{
    const QList<qint64> ids = selectedIds();
    QHash<qint64, TeacherState> states;
    for (const Teacher &t : m_teachers)
        states.insert(t.id, t.state);
    for (TeacherAction a : kActions) {
        bool enabled = !ids.isEmpty() && m_session.user.role == Role::Base;
        for (qint64 id : ids)
            enabled = enabled && findTeacherTransition(states.value(id), a).has_value();
        m_buttons.value(a)->setEnabled(enabled);
    }
    if (m_edit)
        m_edit->setEnabled(ids.size() == 1);
}

QStringList TeachersPage::departmentNames() const
{
    Database *database = m_session.database;
    const qint64 orgId = m_session.user.orgId;
    QList<Department> departments;
    // The list is a convenience: when it cannot be read, the department can still be typed.
    m_connection->readBeside([&] { departments = TeacherRepository(database->connection()).departments(orgId); });
    QStringList names;
    for (const Department &d : std::as_const(departments))
        names << d.name;
    return names;
}

void TeachersPage::addTeacher()
{
    TeacherEditDialog dialog(m_session, std::nullopt, departmentNames(), this);
    if (dialog.exec() == QDialog::Accepted)
        afterSave(dialog.result());
}

void TeachersPage::editSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1 || m_session.user.role != Role::Base)
        return;
    for (const Teacher &t : std::as_const(m_teachers))
        if (t.id == ids.first()) {
            TeacherEditDialog dialog(m_session, t, departmentNames(), this);
            if (dialog.exec() == QDialog::Accepted)
                afterSave(dialog.result());
            return;
        }
}

void TeachersPage::afterSave(const TeacherSaveResult &result)
{
    reload();
    selectTeacher(result.teacherId);
    if (!result.notice.isEmpty()) {
        setMessage(result.notice, true);
        emit teachersChanged(); // an appointed teacher's flags changed: assignments show it
    } else {
        setMessage(result.outcome == TeacherSaveResult::Outcome::Unchanged ? tr("Nothing changed.") : tr("Saved."), false);
        if (result.outcome == TeacherSaveResult::Outcome::Updated)
            emit teachersChanged();
    }
}

std::optional<TeacherImportPlan> TeachersPage::readTeacherSheet(const QString &path)
{
    struct Read
    {
        SheetReadResult sheet;
        std::optional<TeacherColumnMapping> mapping;
    };
    const Read read = runWithBusyDialog(this, tr("Reading %1…").arg(QFileInfo(path).fileName()),
                                      [path] {
                                          Read r{readRosterFile(path), std::nullopt};
                                          if (r.sheet.ok)
                                              r.mapping = detectTeacherHeader(r.sheet.table);
                                          return r;
                                      });
    if (!read.sheet.ok) {
        setMessage(read.sheet.error, true);
        return std::nullopt;
    }
    if (!read.mapping) {
        setMessage(tr("%1 has no header row with a name or ID number column and one more teacher column.")
                       .arg(QFileInfo(path).fileName()),
                   true);
        return std::nullopt;
    }
    return TeacherImporter(m_session.database->connection(), m_session.user, m_session.clockRef())
        .plan(read.sheet.table, *read.mapping, QFileInfo(path).fileName());
}

void TeachersPage::importTeachers()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import teachers"), QString(),
                                                      tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const std::optional<TeacherImportPlan> plan = readTeacherSheet(path);
    if (!plan)
        return;
    TeacherImportDialog dialog(m_session, *plan, this);
    dialog.exec();
    reload();
    emit teachersChanged();
}

void TeachersPage::askAndApply(TeacherAction action)
{
    QString reason;
    const QList<TeacherTransition> &table = teacherTransitions();
    if (std::any_of(table.begin(), table.end(),
                    [action](const TeacherTransition &t) { return t.action == action && t.needsReason; })) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(this, teacherActionName(action), tr("Reason (required):"), {}, &ok);
        if (!ok)
            return;
    }
    applyToSelection(action, reason);
}

bool TeachersPage::applyToSelection(TeacherAction action, const QString &reason)
{
    QList<TeacherRow> rows;
    for (qint64 id : selectedIds())
        for (const Teacher &t : m_teachers)
            if (t.id == id)
                rows << TeacherRow{t.id, t.version};
    if (rows.isEmpty())
        return false;
    TeacherReviewResult result;
    try {
        TeacherReview review(m_session.database->connection(), m_session.user, m_session.clockRef());
        result = review.apply(rows, action, reason);
    } catch (const DbError &e) {
        setMessage(e.message(), true);
        return false;
    }
    if (!result.applied) {
        setMessage(tr("Nothing was changed:\n%1").arg(result.summary()), true);
        return false;
    }
    setMessage(tr("%1: %n teacher(s).", nullptr, int(rows.size())).arg(teacherActionName(action)), false);
    reload();
    emit teachersChanged();
    return true;
}

void TeachersPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
}

QString TeachersPage::messageText() const { return m_message->text(); }

} // namespace gme
