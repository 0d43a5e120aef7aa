#include "ChangeRequestsPage.h"

#include "ChangeRequestDialog.h"
#include "Clock.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPushButton>

namespace gme {

ChangeRequestsPage::ChangeRequestsPage(const Session &session, QWidget *parent)
    : FlowPane(session, changes::workflow(), parent)
{
    setObjectName(QStringLiteral("changeRequestsPage"));
    if (session.user.role == Role::Base) {
        auto *file = new QPushButton(tr("File a request…"), this);
        file->setObjectName(QStringLiteral("fileChangeRequest"));
        connect(file, &QPushButton::clicked, this, &ChangeRequestsPage::openDialog);
        toolbar()->insertWidget(0, file);
        protectWhileOffline(file);
    }
}

QString ChangeRequestsPage::fileRequest(const changes::ChangeForm &form)
{
    QString error;
    try {
        changes::ChangeRequestService service(session().database->connection(), session().user, session().clockRef());
        if (service.file(form, &error) == 0)
            return error;
    } catch (const DbError &e) {
        return e.message();
    }
    setNote(tr("Request filed; it waits for the supervising authority"));
    reload();
    return {};
}

void ChangeRequestsPage::openDialog()
{
    try {
        changes::ChangeRequestService service(session().database->connection(), session().user, session().clockRef());
        ChangeRequestDialog dialog(service, session().clockRef().now().date(), this);
        while (dialog.exec() == QDialog::Accepted) {
            const QString error = fileRequest(dialog.form());
            if (error.isEmpty())
                return;
            prompts().warn(this, dialog.windowTitle(), error);
        }
    } catch (const DbError &e) {
        prompts().warn(this, tr("File a change request"), e.message());
    }
}

} // namespace gme
