#pragma once

#include "common/OperationTracker.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QShortcut;
class QTimer;

namespace orglens::widgets {

// Shows the long operations of an OperationTracker while they run: a busy bar, what is being done (the newest
// operation's label, "+ n more"), and Cancel. In a view it shows that view's operations (owner = the view) and Esc
// anywhere in the view cancels them; in the status bar it shows every operation (owner = null). After a
// cancellation it says "Cancelled: …" for a few seconds. Hidden while there is nothing to show.
class ActivityIndicator : public QWidget {
    Q_OBJECT

public:
    // `owner`: whose operations to show (null: all). With escapeCancels, Esc within the parent widget cancels them.
    ActivityIndicator(OperationTracker *tracker, const QObject *owner, bool escapeCancels, QWidget *parent);

    void setTracker(OperationTracker *tracker);
    OperationTracker *tracker() const { return m_tracker; }
    // The full text (the label may show it elided, see setMaximumTextWidth).
    QString text() const { return m_text; }
    // Elides longer texts in the middle (the status bar shares its width with the messages); 0: no limit.
    void setMaximumTextWidth(int pixels);
    // A view with a Cancel button of its own next to its Start hides this one (Esc still cancels).
    void setCancelButtonVisible(bool visible);
    bool isBusy() const;

public slots:
    // Cancels every cancellable operation shown; returns how many.
    int cancel();

signals:
    void cancelled(const QString &message);

private:
    void update();
    void setText(const QString &text);

    QPointer<OperationTracker> m_tracker;
    const QObject *m_owner;
    QProgressBar *m_bar;
    QLabel *m_label;
    QPushButton *m_cancel;
    QShortcut *m_escape = nullptr;
    bool m_showCancel = true;
    int m_maxTextWidth = 0;
    QString m_text;
    QTimer *m_hideTimer;
};

} // namespace orglens::widgets
