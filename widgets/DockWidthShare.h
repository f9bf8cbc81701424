#pragma once

#include <QObject>
#include <QString>

class QDockWidget;
class QMainWindow;

namespace orglens::widgets {

// Keeps a side dock's width a share of its window's width: the dock grows and shrinks with the window, a width the
// user sets by dragging the separator becomes the new share, and the share is remembered in the settings under
// `settingsKey` (layout only, nothing else). Until the user sets one, the share fits the dock's size hint.
class DockWidthShare : public QObject {
    Q_OBJECT
public:
    DockWidthShare(QMainWindow *window, QDockWidget *dock, const QString &settingsKey);

    // The dock's share of the window's width, 0 until known.
    double share() const { return m_share; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void takeShareFromDock();

    QMainWindow *m_window;
    QDockWidget *m_dock;
    QString m_settingsKey;
    double m_share = 0;
    int m_widthAtPress = -1; // the dock's width when a mouse button went down on the window (its separator)
};

} // namespace orglens::widgets
