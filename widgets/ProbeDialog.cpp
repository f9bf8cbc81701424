#include "ProbeDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace orglens::widgets {

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ProbeDialog::ProbeDialog(const QString &tenant, const Probe &actions, const Probe &exchange, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("probeDialog"));
    setWindowTitle(tr("Run probes"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(tr("Probes go beyond reading the configuration: they make %1 run code or answer "
                                      "a request. Tick the ones to run.")
                                       .arg(tenant),
                                   this));
    m_actions = addProbe(actions, QStringLiteral("actionProbeCheck"));
    m_exchange = addProbe(exchange, QStringLiteral("exchangeProbeCheck"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(tr("&Run probes"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("runProbesButton"));
    m_run->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateRunButton();
    // Wide enough that the notices wrap into a few lines rather than a tall column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

QCheckBox *ProbeDialog::addProbe(const Probe &probe, const QString &objectName)
{
    auto *box = new QCheckBox(probe.title, this);
    box->setObjectName(objectName);
    box->setEnabled(probe.unavailable.isEmpty());
    auto *notice = wrappedLabel(
        probe.unavailable.isEmpty() ? probe.notice : tr("%1\nNot available: %2").arg(probe.notice, probe.unavailable),
        this);
    notice->setObjectName(objectName + QStringLiteral("Notice"));
    notice->setEnabled(probe.unavailable.isEmpty());
    // Indented under its box, so that each notice reads as the box's explanation.
    notice->setContentsMargins(box->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6, 0, 0, 8);
    auto *column = qobject_cast<QVBoxLayout *>(layout());
    column->addWidget(box);
    column->addWidget(notice);
    connect(box, &QCheckBox::toggled, this, &ProbeDialog::updateRunButton);
    return box;
}

bool ProbeDialog::probeActions() const
{
    return m_actions->isEnabled() && m_actions->isChecked();
}

bool ProbeDialog::probeExchange() const
{
    return m_exchange->isEnabled() && m_exchange->isChecked();
}

void ProbeDialog::updateRunButton()
{
    if (m_run)
        m_run->setEnabled(probeActions() || probeExchange());
}

} // namespace orglens::widgets
