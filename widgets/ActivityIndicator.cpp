#include "ActivityIndicator.h"

#include "common/OperationTracker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>

namespace orglens::widgets {

namespace {
constexpr int CancelledMessageMs = 6000;
}

ActivityIndicator::ActivityIndicator(OperationTracker *tracker, const QObject *owner, bool escapeCancels,
                                     QWidget *parent)
    : QWidget(parent), m_owner(owner), m_bar(new QProgressBar(this)), m_label(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("activityIndicator"));
    m_bar->setObjectName(QStringLiteral("activityBar"));
    m_bar->setRange(0, 0); // busy: how long a network request takes is unknown
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Working"));
    m_bar->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6);
    m_bar->setMaximumHeight(fontMetrics().height());
    m_label->setObjectName(QStringLiteral("activityLabel"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setObjectName(QStringLiteral("activityCancelButton"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &ActivityIndicator::cancel);
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(CancelledMessageMs);
    connect(m_hideTimer, &QTimer::timeout, this, &ActivityIndicator::update);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    layout->addWidget(m_cancel);
    layout->addStretch(1); // Cancel right after the text it cancels

    if (escapeCancels && parent) {
        m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), parent);
        m_escape->setObjectName(QStringLiteral("activityEscapeShortcut"));
        m_escape->setContext(Qt::WidgetWithChildrenShortcut);
        connect(m_escape, &QShortcut::activated, this, &ActivityIndicator::cancel);
    }
    setTracker(tracker);
}

void ActivityIndicator::setTracker(OperationTracker *tracker)
{
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    if (m_tracker)
        connect(m_tracker, &OperationTracker::operationsChanged, this, &ActivityIndicator::update);
    update();
}

bool ActivityIndicator::isBusy() const
{
    return m_tracker && m_tracker->isBusy(m_owner);
}

void ActivityIndicator::setMaximumTextWidth(int pixels)
{
    m_maxTextWidth = pixels;
    setText(m_text);
}

void ActivityIndicator::setText(const QString &text)
{
    m_text = text;
    m_label->setText(m_maxTextWidth > 0 ? m_label->fontMetrics().elidedText(text, Qt::ElideMiddle, m_maxTextWidth)
                                        : text);
}

void ActivityIndicator::setCancelButtonVisible(bool visible)
{
    m_showCancel = visible;
    update();
}

int ActivityIndicator::cancel()
{
    if (!m_tracker)
        return 0;
    const QList<PendingOperation *> running = m_tracker->operations(m_owner);
    const QString what = running.isEmpty() ? QString() : running.constLast()->label();
    const int count = m_tracker->cancelAll(m_owner);
    if (count == 0)
        return 0;
    const QString message = tr("Cancelled: %1").arg(what);
    if (!isBusy()) {
        setText(message);
        m_label->setToolTip(message);
        m_hideTimer->start();
    }
    emit cancelled(message);
    return count;
}

void ActivityIndicator::update()
{
    const QList<PendingOperation *> running = m_tracker ? m_tracker->operations(m_owner) : QList<PendingOperation *>();
    const bool busy = !running.isEmpty();
    const bool showingMessage = m_hideTimer->isActive();
    bool cancellable = false;
    for (const PendingOperation *operation : running)
        cancellable = cancellable || operation->isCancellable();
    if (busy) {
        m_hideTimer->stop();
        const QString newest = running.constLast()->label();
        setText(running.size() == 1 ? newest : tr("%1 (+%n more)", nullptr, int(running.size() - 1)).arg(newest));
        QStringList all;
        for (const PendingOperation *operation : running)
            all << operation->label();
        m_label->setToolTip(all.join(QLatin1Char('\n')));
        m_cancel->setEnabled(cancellable);
        m_cancel->setToolTip(cancellable ? tr("Stop what is running (Esc)")
                                         : tr("A change is being written; it cannot be cancelled half-way."));
    } else if (!showingMessage) {
        setText({});
        m_label->setToolTip({});
    }
    m_bar->setVisible(busy);
    m_cancel->setVisible(busy && m_showCancel);
    if (m_escape)
        m_escape->setEnabled(busy && cancellable);
    setVisible(busy || m_hideTimer->isActive());
}

} // namespace orglens::widgets
