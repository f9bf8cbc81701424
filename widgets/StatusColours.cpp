#include "StatusColours.h"

#include <QLabel>
#include <QPalette>

namespace orglens::widgets {

QColor blendColours(const QColor &base, const QColor &hue, double share)
{
    return QColor::fromRgbF(float(base.redF() * (1 - share) + hue.redF() * share),
                            float(base.greenF() * (1 - share) + hue.greenF() * share),
                            float(base.blueF() * (1 - share) + hue.blueF() * share));
}

void setErrorStyle(QLabel *label, bool error)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (error)
        palette.setColor(QPalette::WindowText,
                         blendColours(palette.color(QPalette::WindowText), QColor(0xe0, 0x20, 0x20), 0.75));
    label->setPalette(palette);
}

} // namespace orglens::widgets
