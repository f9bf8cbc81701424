#include "LifetimeTimeline.h"

#include "StatusColours.h"
#include "jwt/TimeText.h"

#include <QPainter>
#include <QPainterPath>

namespace orglens::widgets {

namespace {
constexpr int BarHeight = 8;
constexpr int Margin = 6;

QString clockText(const QDateTime &time, const QDateTime &now)
{
    const QDateTime local = time.toLocalTime();
    // The date only when it is not today: most tokens live for hours.
    return local.date() == now.toLocalTime().date() ? local.toString(QStringLiteral("HH:mm"))
                                                    : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

LifetimeTimeline::LifetimeTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lifetimeTimeline"));
    setAccessibleName(tr("Token lifetime"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LifetimeTimeline::setTimes(const QDateTime &issued, const QDateTime &notBefore, const QDateTime &expires,
                                const QDateTime &now)
{
    m_issued = issued;
    m_notBefore = notBefore;
    m_expires = expires;
    m_now = now;
    if (!expires.isValid() && !issued.isValid())
        m_state = State::NoTimes;
    else if (expires.isValid() && now >= expires)
        m_state = State::Expired;
    else if (notBefore.isValid() && now < notBefore)
        m_state = State::NotYetValid;
    else
        m_state = State::Valid;
    setAccessibleDescription(summary());
    setToolTip(summary());
    update();
}

double LifetimeTimeline::elapsedShare() const
{
    if (!m_issued.isValid() || !m_expires.isValid() || m_expires <= m_issued)
        return -1;
    const double total = double(m_issued.secsTo(m_expires));
    return qBound(0.0, double(m_issued.secsTo(m_now)) / total, 1.0);
}

QString LifetimeTimeline::summary() const
{
    QStringList parts;
    if (m_issued.isValid())
        parts << tr("Issued %1").arg(clockText(m_issued, m_now));
    if (m_expires.isValid())
        parts << tr("expires %1 (%2)")
                     .arg(clockText(m_expires, m_now), jwt::relativeTimeText(QStringLiteral("exp"), m_expires, m_now));
    else if (m_issued.isValid())
        parts << tr("no expiry (exp missing)");
    switch (m_state) {
    case State::NoTimes:
        return tr("No iat or exp: the token's lifetime is unknown");
    case State::NotYetValid:
        parts << tr("not valid before %1").arg(clockText(m_notBefore, m_now));
        break;
    case State::Expired:
        parts.prepend(tr("EXPIRED"));
        break;
    case State::Valid:
        break;
    }
    return parts.join(QStringLiteral(", "));
}

QSize LifetimeTimeline::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(summary()) + 2 * Margin, minimumSizeHint().height()};
}

QSize LifetimeTimeline::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('M')) * 20,
            fontMetrics().height() * 2 + BarHeight + 2 * Margin};
}

void LifetimeTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor track = blendColours(pal.color(QPalette::Base), text, 0.15);
    const QColor hue = statusHue(m_state == State::Expired ? StatusHue::Bad
                                 : m_state == State::Valid ? StatusHue::Good
                                                           : StatusHue::Caution);
    const QColor fill = blendColours(pal.color(QPalette::Base), hue, 0.75);

    const QFontMetrics metrics = fontMetrics();
    const QRectF bar(Margin, Margin + metrics.height(), width() - 2 * Margin, BarHeight);
    painter.setPen(Qt::NoPen);
    painter.setBrush(track);
    painter.drawRoundedRect(bar, BarHeight / 2.0, BarHeight / 2.0);

    // Top line: the summary in words (the cue that does not depend on colour).
    painter.setPen(text);
    painter.drawText(QRectF(Margin, 0, bar.width(), metrics.height() + Margin), Qt::AlignLeft | Qt::AlignBottom,
                     metrics.elidedText(summary(), Qt::ElideRight, int(bar.width())));

    const double share = elapsedShare();
    if (share < 0)
        return;
    QRectF elapsed = bar;
    elapsed.setWidth(bar.width() * share);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(elapsed, BarHeight / 2.0, BarHeight / 2.0);

    // "now" marker and the end labels under the bar.
    const double nowX = bar.left() + bar.width() * share;
    painter.setPen(QPen(text, 2));
    painter.drawLine(QPointF(nowX, bar.top() - 3), QPointF(nowX, bar.bottom() + 3));
    const QRectF labels(bar.left(), bar.bottom() + 2, bar.width(), metrics.height());
    const QString issuedLabel = tr("issued %1").arg(clockText(m_issued, m_now));
    const QString expiresLabel = tr("expires %1").arg(clockText(m_expires, m_now));
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignTop, issuedLabel);
    painter.drawText(labels, Qt::AlignRight | Qt::AlignTop, expiresLabel);
    // "now" is written only where it does not run into the end labels; the marker is always drawn.
    const QString now = tr("now");
    const double nowWidth = metrics.horizontalAdvance(now);
    const double nowLeft = nowX - nowWidth / 2;
    if (nowLeft > bar.left() + metrics.horizontalAdvance(issuedLabel) + Margin &&
        nowLeft + nowWidth < bar.right() - metrics.horizontalAdvance(expiresLabel) - Margin) {
        painter.setPen(text);
        painter.drawText(QRectF(nowLeft, labels.top(), nowWidth, metrics.height()), Qt::AlignCenter, now);
    }
}

} // namespace orglens::widgets
