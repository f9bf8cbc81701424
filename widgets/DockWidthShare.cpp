#include "DockWidthShare.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QSettings>

namespace orglens::widgets {

namespace {
// A share outside these bounds leaves either the views or the dock too narrow to use.
constexpr double MinimumShare = 0.12;
constexpr double MaximumShare = 0.6;
} // namespace

DockWidthShare::DockWidthShare(QMainWindow *window, QDockWidget *dock, const QString &settingsKey)
    : QObject(dock), m_window(window), m_dock(dock), m_settingsKey(settingsKey)
{
    m_share = qBound(0.0, QSettings().value(settingsKey).toDouble(), MaximumShare);
    if (m_share < MinimumShare)
        m_share = 0;
    window->installEventFilter(this);
    dock->installEventFilter(this);
    if (window->isVisible())
        apply();
}

bool DockWidthShare::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show || (watched == m_window && event->type() == QEvent::Resize))
        apply();
    // The separator belongs to the window: a press and release there that changed the dock's width is the user's
    // drag (other changes of its width follow the layout and are not a choice).
    if (watched == m_window && event->type() == QEvent::MouseButtonPress)
        m_widthAtPress = m_dock->width();
    if (watched == m_window && event->type() == QEvent::MouseButtonRelease && m_widthAtPress >= 0) {
        if (m_dock->width() != m_widthAtPress)
            takeShareFromDock();
        m_widthAtPress = -1;
    }
    return QObject::eventFilter(watched, event);
}

void DockWidthShare::apply()
{
    if (!m_window->isVisible() || !m_dock->isVisible() || m_dock->isFloating() || m_window->width() <= 0)
        return;
    if (m_share <= 0)
        m_share = qBound(MinimumShare, double(m_dock->sizeHint().width()) / m_window->width(), MaximumShare);
    m_window->resizeDocks({m_dock}, {int(m_share * m_window->width())}, Qt::Horizontal);
}

void DockWidthShare::takeShareFromDock()
{
    if (m_dock->isFloating() || !m_dock->isVisible() || m_window->width() <= 0)
        return;
    m_share = qBound(MinimumShare, double(m_dock->width()) / m_window->width(), MaximumShare);
    QSettings().setValue(m_settingsKey, m_share);
}

} // namespace orglens::widgets
