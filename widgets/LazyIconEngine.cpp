#include "LazyIconEngine.h"

#include <QPainter>

namespace orglens::widgets {

LazyIconEngine::LazyIconEngine(std::function<QIcon()> make) : m_make(std::move(make)) {}

QIcon &LazyIconEngine::icon()
{
    if (!m_icon)
        m_icon = m_make();
    return *m_icon;
}

void LazyIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    icon().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QSize LazyIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().actualSize(size, mode, state);
}

QPixmap LazyIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().pixmap(size, mode, state);
}

QPixmap LazyIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    return icon().pixmap(size, scale, mode, state);
}

void LazyIconEngine::addPixmap(const QPixmap &pixmap, QIcon::Mode mode, QIcon::State state)
{
    icon().addPixmap(pixmap, mode, state);
}

void LazyIconEngine::addFile(const QString &fileName, const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    icon().addFile(fileName, size, mode, state);
}

QList<QSize> LazyIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return icon().availableSizes(mode, state);
}

QString LazyIconEngine::iconName()
{
    return icon().name();
}

QString LazyIconEngine::key() const
{
    return QStringLiteral("OrgLensLazyIcon");
}

QIconEngine *LazyIconEngine::clone() const
{
    auto *copy = new LazyIconEngine(m_make);
    copy->m_icon = m_icon;
    return copy;
}

} // namespace orglens::widgets
