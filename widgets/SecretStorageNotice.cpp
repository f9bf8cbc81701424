#include "SecretStorageNotice.h"

#include "secrets/SecretStore.h"

#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace orglens::widgets {

SecretStorageNotice::SecretStorageNotice(SecretStore *secrets, Form form, QWidget *parent)
    : QWidget(parent), m_secrets(secrets), m_form(form), m_line(new QLabel(this)),
      m_detailsButton(new QToolButton(this)), m_detail(new QLabel(this))
{
    m_line->setObjectName(QStringLiteral("secretStorageLine"));
    m_detailsButton->setObjectName(QStringLiteral("secretStorageDetailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setAccessibleName(tr("Details on where secrets are kept"));
    m_detail->setObjectName(QStringLiteral("secretStorageDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->hide();
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_line, 0, 0);
    layout->addWidget(m_detailsButton, 0, 1);
    layout->setColumnStretch(0, 1);
    layout->addWidget(m_detail, 1, 0, 1, 2);
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool shown) {
        m_detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_detail->setVisible(shown);
    });
    connect(secrets, &SecretStore::storageChanged, this, &SecretStorageNotice::showStorage);
    showStorage();
}

QString SecretStorageNotice::line() const
{
    return m_line->text();
}

QString SecretStorageNotice::detail() const
{
    return m_detail->text();
}

void SecretStorageNotice::showStorage()
{
    const bool memoryOnly = m_secrets->storage() == SecretStorage::SessionOnly;
    const QString sentence = m_secrets->storageNotice();
    QString detail = m_secrets->storageDetail();
    if (m_form == Form::Compact) {
        m_line->setText(tr("No keychain: secrets in memory"));
        m_line->setToolTip(sentence);
        detail = detail.isEmpty() ? sentence : sentence + QLatin1Char('\n') + detail;
    } else {
        m_line->setText(sentence);
    }
    m_detail->setText(detail);
    m_detailsButton->setVisible(!detail.isEmpty());
    setVisible(memoryOnly);
}

} // namespace orglens::widgets
