#pragma once

#include "common/Session.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace gme {

// Exports one of the exchanged spreadsheets (national roster, base summary, returned list, all
// registrants) of an exam batch, limited to what the user may see.
class RosterExportDialog : public QDialog
{
    Q_OBJECT
public:
    RosterExportDialog(const Session &session, QWidget *parent = nullptr);

private:
    void exportNow();

    Session m_session;
    QComboBox *m_sheet;
    QComboBox *m_batch;
    QLabel *m_status;
};

} // namespace gme
