// RosterImporter::commit: writes a validated plan in one transaction.
#include "RosterImport.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::RosterImport)
};

QVariant dateOrNull(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
QVariant textOrNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

// The trainee columns an import sets, in bind order, and the optional field that feeds each.
// A column whose field the file lacks keeps its stored value, so a shorter sheet (such as a queue
// export) re-imported changes nothing. Person type, base and specialty are written for a new trainee
// only: for one on record they change through an approved change request alone (the plan refuses a
// row that differs; should the record change between plan and commit, the approved value stays).
struct TraineeColumn
{
    const char *name;
    std::optional<RosterField> onlyIfMapped;
    bool newTraineeOnly = false;
};
const TraineeColumn kColumns[] = {
    {"name", {}}, {"gender", {}}, {"birth_date", {}}, {"ethnicity", RosterField::Ethnicity},
    {"person_type", {}, true}, {"track", {}}, {"base_id", {}, true}, {"specialty_code", {}, true},
    {"training_start", RosterField::TrainingStart}, {"training_end", RosterField::TrainingEnd},
    {"education", RosterField::Education}, {"degree", RosterField::Degree}, {"school", RosterField::School},
    {"graduation_date", RosterField::GraduationDate}, {"phone", RosterField::Phone},
    {"licence_number", RosterField::LicenceNumber}, {"training_years", RosterField::TrainingYears}};

QVariantList valuesOf(const RosterRecord &r)
{
    return {r.name, r.gender, dateOrNull(r.birthDate), textOrNull(r.ethnicity), r.personType, trackCode(r.track),
            r.baseId, r.specialtyCode, dateOrNull(r.trainingStart), dateOrNull(r.trainingEnd),
            textOrNull(r.education), textOrNull(r.degree), textOrNull(r.school), dateOrNull(r.graduationDate),
            textOrNull(r.phone), textOrNull(r.licenceNumber),
            r.trainingYears ? QVariant(*r.trainingYears) : QVariant(QMetaType::fromType<int>())};
}

bool sameValues(const QVariantList &a, const QVariantList &b, const QList<bool> &compared)
{
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!compared[i])
            continue;
        if (a[i].isNull() != b[i].isNull() || (!a[i].isNull() && a[i].toString() != b[i].toString()))
            return false;
    }
    return true;
}

} // namespace

ImportOutcome RosterImporter::commit(const ImportPlan &plan, Mode mode, std::optional<qint64> examBatchId)
{
    ImportOutcome out;
    if (mode == Mode::AllOrNothing && !plan.rejectedRows.isEmpty()) {
        out.error = Text::tr("%n row(s) have problems; nothing was imported.", nullptr, int(plan.rejectedRows.size()));
        return out;
    }
    QString columnList, setList, marks;
    QList<bool> imported; // per column: does this file set it on a trainee on record?
    for (const TraineeColumn &c : kColumns) {
        const QString name = QString::fromLatin1(c.name);
        bool set = !c.onlyIfMapped || plan.mappedFields.contains(*c.onlyIfMapped);
        // Years, start and end are one record (end = start + years − 1 day): written together or not at all.
        if (name == QLatin1String("training_years"))
            set = plan.setsTrainingYears;
        else if (name == QLatin1String("training_end") && plan.setsTrainingYears)
            set = true;
        if (c.newTraineeOnly)
            set = false;
        imported.append(set);
        columnList += name + QLatin1Char(',');
        marks += QStringLiteral("?,");
        if (set)
            setList += (setList.isEmpty() ? QString() : QStringLiteral(", ")) + name + QStringLiteral(" = ?");
    }
    const QString now = toDbTime(Clock::current().now());
    try {
        Transaction tx(m_db, Transaction::Mode::Immediate);
        QSqlQuery find(m_db), insert(m_db), update(m_db), findReg(m_db), insertReg(m_db), logReg(m_db);
        QString selectList = columnList;
        selectList.chop(1);
        prepareOrThrow(find, QStringLiteral("SELECT id, %1 FROM trainees WHERE id_type = ? AND id_number = ?").arg(selectList));
        prepareOrThrow(insert, QStringLiteral("INSERT INTO trainees (%1id_type, id_number) VALUES (%2?, ?) RETURNING id").arg(columnList, marks));
        prepareOrThrow(update, QStringLiteral("UPDATE trainees SET %1 WHERE id = ?").arg(setList));
        prepareOrThrow(findReg, QStringLiteral("SELECT 1 FROM registrations WHERE batch_id = ? AND trainee_id = ?"));
        prepareOrThrow(insertReg, QStringLiteral("INSERT INTO registrations (batch_id, trainee_id, base_id, subjects, is_makeup, "
                                                 "state, version, submitted_at, updated_at) "
                                                 "VALUES (?, ?, ?, 'theory,skills', ?, 'submitted', 1, ?, ?) RETURNING id"));
        prepareOrThrow(logReg, QStringLiteral("INSERT INTO decisions (registration_id, user_id, stage, action, from_state, "
                                              "to_state, reason, decided_at) "
                                              "VALUES (?, ?, 'registration', 'submit', NULL, 'submitted', ?, ?)"));
        for (const RosterRecord &r : plan.valid) {
            const QVariantList values = valuesOf(r);
            find.addBindValue(r.idType);
            find.addBindValue(r.idNumber);
            execOrThrow(find, "find trainee");
            qint64 traineeId = 0;
            if (find.next()) {
                traineeId = find.value(0).toLongLong();
                QVariantList stored;
                for (int i = 1; i <= int(values.size()); ++i)
                    stored.append(find.value(i));
                find.finish();
                if (sameValues(values, stored, imported)) {
                    ++out.unchanged;
                } else {
                    for (qsizetype i = 0; i < values.size(); ++i)
                        if (imported[i])
                            update.addBindValue(values[i]);
                    update.addBindValue(traineeId);
                    execOrThrow(update, "update trainee");
                    ++out.updated;
                }
            } else {
                find.finish();
                for (const QVariant &v : values)
                    insert.addBindValue(v);
                insert.addBindValue(r.idType);
                insert.addBindValue(r.idNumber);
                execOrThrow(insert, "insert trainee");
                traineeId = returnedId(insert);
                ++out.inserted;
            }
            if (!examBatchId)
                continue;
            findReg.addBindValue(*examBatchId);
            findReg.addBindValue(traineeId);
            execOrThrow(findReg, "find registration");
            const bool registered = findReg.next();
            findReg.finish();
            if (registered)
                continue;
            insertReg.addBindValue(*examBatchId);
            insertReg.addBindValue(traineeId);
            insertReg.addBindValue(r.baseId);
            insertReg.addBindValue(r.isMakeup ? 1 : 0);
            insertReg.addBindValue(now);
            insertReg.addBindValue(now);
            execOrThrow(insertReg, "insert registration");
            logReg.addBindValue(returnedId(insertReg));
            logReg.addBindValue(m_user.id);
            logReg.addBindValue(Text::tr("Imported from %1, row %2").arg(plan.fileName).arg(r.sheetRow));
            logReg.addBindValue(now);
            execOrThrow(logReg, "log registration");
            ++out.registrationsCreated;
        }
        tx.commit();
    } catch (const DbError &e) {
        out = {};
        out.error = Text::tr("Nothing was imported: %1").arg(e.message());
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace gme
