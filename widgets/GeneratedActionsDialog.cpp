#include "GeneratedActionsDialog.h"

#include "StatusColours.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace orglens::widgets {

namespace {

using explain::ActionKind;

QString objectPrefix(ActionKind kind)
{
    return kind == ActionKind::PostLogin ? QStringLiteral("postLogin") : QStringLiteral("tokenExchange");
}

QString fallbackTitle(ActionKind kind)
{
    return kind == ActionKind::PostLogin ? GeneratedActionsDialog::tr("Post-Login Action")
                                         : GeneratedActionsDialog::tr("Custom Token Exchange Action");
}

// Where the code goes in the Auth0 Dashboard.
QString wherePasteText(ActionKind kind, const profiles::Profile &profile)
{
    if (kind == ActionKind::PostLogin)
        return GeneratedActionsDialog::tr(
            "Paste it into the Auth0 Dashboard: Actions → Library → Create Action → Build from scratch, trigger "
            "Login / Post Login. Deploy it, then add it to the flow under Actions → Triggers → post-login and "
            "Apply.");
    const QString type = profile.subjectTokenType.isEmpty() ? GeneratedActionsDialog::tr("your subject_token_type")
                                                            : profile.subjectTokenType;
    return GeneratedActionsDialog::tr(
               "Paste it into a new Action with the Custom Token Exchange trigger (Actions → Library → Create "
               "Action), add the dependency jose (version 5), Deploy it, then select it in the token exchange "
               "profile for %1.")
        .arg(type);
}

// The core's errors name CLI options; here the fix is a field of the profile (the Profiles view's labels).
QString errorWithFix(const Error &error)
{
    const QString generateAgain = GeneratedActionsDialog::tr(
        "Edit the profile in the Profiles view (or choose another in the Explain view's Profile box), then generate "
        "the Actions again.");
    QString problem;
    if (error.code == QLatin1String("issuer-missing"))
        problem = GeneratedActionsDialog::tr("The exchange Action verifies subject tokens against the tenant's issuer, "
                                             "and the profile has none: fill in \"Domain or issuer\".");
    else if (error.code == QLatin1String("audience-missing"))
        problem = GeneratedActionsDialog::tr("The exchange Action checks the subject tokens' aud, and the profile has "
                                             "no API audience: fill in \"Audience\" with your API identifier.");
    else if (error.code == QLatin1String("namespace-missing"))
        problem = GeneratedActionsDialog::tr("The profile has no claim namespace, so the Actions have no claim name to "
                                             "put the organization under: fill in \"Claim namespace\" with an https "
                                             "URL you own, e.g. https://example.com/.");
    else
        problem = error.message; // names the bad value and what to write instead
    return problem + QLatin1Char(' ') + generateAgain;
}

} // namespace

GeneratedActionsDialog::GeneratedActionsDialog(const profiles::Profile &profile, QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("generatedActionsDialog"));
    setWindowTitle(tr("Auth0 Actions for organizations"));
    const QString profileName = profile.name.isEmpty() ? profile.issuer.host() : profile.name;
    auto *intro = new QLabel(
        profileName.isEmpty()
            ? tr("No profile is chosen: the Actions are generated from a profile's claim namespace, issuer and "
                 "audience.")
            : tr("Generated from the profile \"%1\": the Post-Login Action puts app_metadata.default_org_id into "
                 "the namespaced claim <namespace>org_id; the exchange Action turns that claim into a real org_id.")
                  .arg(profileName),
        this);
    intro->setObjectName(QStringLiteral("actionsIntroLabel"));
    intro->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("actionsTabs"));
    m_tabs->setAccessibleName(tr("Generated Actions"));
    m_status->setObjectName(QStringLiteral("actionsStatusLabel"));
    m_status->setWordWrap(true);
    for (const ActionKind kind : {ActionKind::PostLogin, ActionKind::TokenExchange}) {
        // One by one, so that a setting only the exchange Action needs does not hide the Post-Login Action.
        const auto actions = explain::generateActions(explain::actionSettings(profile), {kind});
        Generated &entry = generated(kind);
        entry.title = actions ? actions->constFirst().title : fallbackTitle(kind);
        if (actions)
            entry.code = actions->constFirst().code;
        else
            entry.error = errorWithFix(actions.error());
        m_tabs->addTab(actionPage(profile, kind), entry.title);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("actionsButtons"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("C&lose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 640);
}

QWidget *GeneratedActionsDialog::actionPage(const profiles::Profile &profile, ActionKind kind)
{
    const Generated &entry = generated(kind);
    const QString prefix = objectPrefix(kind);
    auto *page = new QWidget(m_tabs);
    page->setObjectName(prefix + QStringLiteral("Page"));
    auto *layout = new QVBoxLayout(page);
    if (!entry.code.isEmpty()) {
        auto *where = new QLabel(wherePasteText(kind, profile), page);
        where->setObjectName(prefix + QStringLiteral("WhereLabel"));
        where->setWordWrap(true);
        where->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(where);
    }
    auto *error = new QLabel(entry.error, page);
    error->setObjectName(prefix + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setErrorStyle(error, true);
    error->setVisible(!entry.error.isEmpty());
    layout->addWidget(error);

    auto *code = new QPlainTextEdit(entry.code, page);
    code->setObjectName(prefix + QStringLiteral("Code"));
    code->setAccessibleName(tr("%1 code").arg(entry.title));
    code->setReadOnly(true);
    // Selectable with the keyboard too, so that it can be read and copied without a mouse.
    code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    code->setTabChangesFocus(true);
    code->setLineWrapMode(QPlainTextEdit::NoWrap);
    code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    code->setVisible(!entry.code.isEmpty());
    layout->addWidget(code, 1);
    if (entry.code.isEmpty())
        layout->addStretch(1);

    auto *copyButton = new QPushButton(tr("&Copy"), page);
    copyButton->setObjectName(prefix + QStringLiteral("CopyButton"));
    copyButton->setAccessibleName(tr("Copy the %1").arg(entry.title));
    copyButton->setEnabled(!entry.code.isEmpty());
    connect(copyButton, &QPushButton::clicked, this, [this, kind] { copy(kind); });
    copyButton->setVisible(!entry.code.isEmpty());
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(copyButton);
    layout->addLayout(row);
    return page;
}

QString GeneratedActionsDialog::code(ActionKind kind) const
{
    return generated(kind).code;
}

QString GeneratedActionsDialog::errorText(ActionKind kind) const
{
    return generated(kind).error;
}

void GeneratedActionsDialog::copy(ActionKind kind)
{
    const Generated &entry = generated(kind);
    if (entry.code.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(entry.code);
    m_status->setText(
        tr("Copied the %1 (%n line(s)) to the clipboard.", nullptr, int(entry.code.count(QLatin1Char('\n'))))
            .arg(entry.title));
}

} // namespace orglens::widgets
