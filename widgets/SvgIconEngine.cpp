#include "SvgIconEngine.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

namespace orglens::widgets {

SvgIconEngine::SvgIconEngine(const QString &fileName) : m_fileName(fileName) {}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
    drawn.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, drawn);
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    const QString key = QStringLiteral("%1x%2/%3").arg(size.width()).arg(size.height()).arg(int(mode));
    if (const auto found = m_pixmaps.constFind(key); found != m_pixmaps.constEnd())
        return *found;
    QPixmap drawn(size);
    drawn.fill(Qt::transparent);
    QSvgRenderer renderer(m_fileName);
    if (renderer.isValid()) {
        QPainter painter(&drawn);
        // Centred at the file's aspect ratio, as QIcon draws pixmaps.
        const QSizeF fitted = QSizeF(renderer.defaultSize()).scaled(QSizeF(size), Qt::KeepAspectRatio);
        renderer.render(
            &painter,
            QRectF(QPointF((size.width() - fitted.width()) / 2, (size.height() - fitted.height()) / 2), fitted));
    }
    // Disabled and selected looks come from the style, as for Qt's own icon engines.
    if (mode != QIcon::Normal && qobject_cast<QApplication *>(QCoreApplication::instance())) {
        QStyleOption option;
        option.palette = QApplication::palette();
        const QPixmap generated = QApplication::style()->generatedIconPixmap(mode, drawn, &option);
        if (!generated.isNull())
            drawn = generated;
    }
    m_pixmaps.insert(key, drawn);
    return drawn;
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("OrgLensSvg");
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(*this);
}

QIcon svgIcon(const QString &fileName)
{
    return QIcon(new SvgIconEngine(fileName));
}

} // namespace orglens::widgets
