#pragma once

#include <QLabel>

namespace gme {

// A one-line label that gives way when the window is narrow: it shortens its text with "…" to the
// width it is given, shows the whole text as its tooltip when shortened, and never asks the layout
// for more than a few characters. For status lines of unknown length (e.g. a list of plan use).
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    // The tooltip shown when the text fits; an elided text shows the whole text instead.
    void setFullToolTip(const QString &toolTip);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_toolTip;
};

} // namespace gme
