#include "ExchangeDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace orglens::widgets {

namespace {
QLineEdit *addField(QFormLayout *form, const QString &objectName, const QString &label, const QString &value,
                    const QString &placeholder)
{
    auto *edit = new QLineEdit(value, form->parentWidget());
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    auto *caption = new QLabel(label, form->parentWidget());
    caption->setBuddy(edit);
    form->addRow(caption, edit);
    return edit;
}
} // namespace

ExchangeDialog::ExchangeDialog(const explain::ExchangeParameters &proposed, const QString &subject,
                               const QString &tenant, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exchangeDialog"));
    setWindowTitle(tr("Exchange the token"));
    auto *intro = new QLabel(tr("Custom Token Exchange of %1 with %2. Check what is sent:").arg(subject, tenant), this);
    intro->setObjectName(QStringLiteral("exchangeSubject"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_audience =
        addField(form, QStringLiteral("exchangeAudienceEdit"), tr("&Audience:"), proposed.audience, tr("none"));
    m_scope = addField(form, QStringLiteral("exchangeScopeEdit"), tr("&Scope:"), proposed.scope, tr("none"));
    m_organization = addField(form, QStringLiteral("exchangeOrganizationEdit"), tr("&Organization:"),
                              proposed.organization, tr("none: the exchange Action may set one"));
    auto *note =
        new QLabel(tr("Proposed from the token (its organization claim) and the profile (audience, scope)."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("E&xchange"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("exchangeSend"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

explain::ExchangeParameters ExchangeDialog::parameters() const
{
    return {m_audience->text().trimmed(), m_scope->text().simplified(), m_organization->text().trimmed()};
}

} // namespace orglens::widgets
