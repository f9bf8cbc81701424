#pragma once

#include <QDateTime>
#include <QWidget>

namespace orglens::widgets {

// A token's lifetime drawn as one bar: issued (iat) → now → expires (exp), with not-before (nbf) when set. The
// elapsed part is filled, "now" is a marker; an expired or not-yet-valid token says so in words next to the bar, so
// colour is never the only cue. Follows the palette (light and dark).
class LifetimeTimeline : public QWidget {
    Q_OBJECT
public:
    enum class State { NoTimes, NotYetValid, Valid, Expired };

    explicit LifetimeTimeline(QWidget *parent = nullptr);

    // Invalid times are unknown (a token without exp has no end).
    void setTimes(const QDateTime &issued, const QDateTime &notBefore, const QDateTime &expires, const QDateTime &now);
    State state() const { return m_state; }
    // One line, also the accessible description: "Issued 10:00, expires 11:00 (in 35 min)".
    QString summary() const;
    // The share of the lifetime elapsed at `now` (0..1), or -1 without both ends.
    double elapsedShare() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QDateTime m_issued;
    QDateTime m_notBefore;
    QDateTime m_expires;
    QDateTime m_now;
    State m_state = State::NoTimes;
};

} // namespace orglens::widgets
