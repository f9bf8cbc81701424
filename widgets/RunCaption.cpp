#include "RunCaption.h"

#include <QTime>

namespace orglens::widgets {

RunCaption::RunCaption(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextFormat(Qt::PlainText);
    hide();
}

void RunCaption::setRun(const QString &run, const QString &profileLabel, const QUrl &issuer)
{
    m_run = run;
    m_profileLabel = profileLabel;
    m_issuer = issuer;
    m_time = QTime::currentTime().toString(QStringLiteral("HH:mm"));
    m_staleReason.clear();
    showRun();
}

void RunCaption::setStale(const QString &reason)
{
    m_staleReason = reason;
    showRun();
}

void RunCaption::clearRun()
{
    m_run.clear();
    m_staleReason.clear();
    showRun();
}

void RunCaption::showRun()
{
    setVisible(hasRun());
    // Disabled labels are drawn in the palette's disabled (grey) text colour.
    setEnabled(!isStale());
    if (!hasRun()) {
        clear();
        return;
    }
    const QString caption = tr("%1 on %2 (%3) at %4").arg(m_run, m_profileLabel, m_issuer.authority(), m_time);
    setText(isStale() ? tr("%1 — %2").arg(caption, m_staleReason) : caption);
}

} // namespace orglens::widgets
