#pragma once

#include "ImportState.h"

#include <QWizard>

namespace gme {

// Roster import, step by step: file → column matching → check and import.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    explicit ImportWizard(const Session &session, QWidget *parent = nullptr);

private:
    ImportState m_state;
};

} // namespace gme
