#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"

namespace gme {

ImportWizard::ImportWizard(const Session &session, QWidget *parent) : QWizard(parent)
{
    m_state.session = session;
    setWindowTitle(tr("Import roster"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    addPage(new ImportFilePage(&m_state, this));
    addPage(new ImportMappingPage(&m_state, this));
    addPage(new ImportPreviewPage(&m_state, this));
    resize(820, 620);
}

} // namespace gme
