#include "ProfileEditorView.h"

#include "ActivityIndicator.h"
#include "SecretStorageNotice.h"

#include "StatusColours.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace orglens::widgets {

using profiles::Profile;
using profiles::SecretKind;

ProfileEditorView::ProfileEditorView(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("profileEditorView"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Saved profiles"));
    m_list->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && name != m_loadedName)
            selectProfile(name);
    });
    m_newButton = new QPushButton(tr("&New"), this);
    m_newButton->setObjectName(QStringLiteral("newProfileButton"));
    connect(m_newButton, &QPushButton::clicked, this, &ProfileEditorView::newProfile);
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteProfileButton"));
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfileEditorView::deleteProfile);

    m_form = new QWidget(this);
    m_form->setObjectName(QStringLiteral("profileForm"));
    m_formLayout = new QFormLayout(m_form);
    m_formLayout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = addLineEdit(QStringLiteral("nameEdit"), tr("&Name:"), tr("e.g. acme-prod"), &m_nameError);
    m_issuer = addLineEdit(QStringLiteral("issuerEdit"), tr("&Domain or issuer:"),
                           tr("acme.eu.auth0.com or https://login.acme.com/"), &m_issuerError);
    m_clientId = addLineEdit(QStringLiteral("clientIdEdit"), tr("Native &client ID:"),
                             tr("Native application for device and PKCE logins"));
    m_audience = addLineEdit(QStringLiteral("audienceEdit"), tr("&Audience:"), tr("https://api.example.com/"));
    m_scope = addLineEdit(QStringLiteral("scopeEdit"), tr("&Scopes:"), tr("openid profile email offline_access"));
    m_namespace = addLineEdit(QStringLiteral("namespaceEdit"), tr("Claim na&mespace:"), tr("https://example.com/"));
    m_managementClientId = addLineEdit(QStringLiteral("managementClientIdEdit"), tr("M2M client &ID:"),
                                       tr("Machine-to-machine application for the Management API"));
    m_managementSecret = addLineEdit(QStringLiteral("managementSecretEdit"), tr("M2M client s&ecret:"),
                                     tr("Leave empty to keep the stored secret"));
    m_exchangeClientId = addLineEdit(QStringLiteral("exchangeClientIdEdit"), tr("E&xchange client ID:"),
                                     tr("Application for Custom Token Exchange"));
    m_exchangeSecret = addLineEdit(QStringLiteral("exchangeSecretEdit"), tr("Exchange client secre&t:"),
                                   tr("Leave empty to keep the stored secret"));
    m_subjectTokenType = addLineEdit(QStringLiteral("subjectTokenTypeEdit"), tr("Su&bject token type:"),
                                     tr("urn:example:subject-token (from the exchange profile)"));
    for (QLineEdit *secret : {m_managementSecret, m_exchangeSecret})
        secret->setEchoMode(QLineEdit::Password);
    m_useOrganizationNames = new QCheckBox(tr("Tenant accepts organi&zation names (not only IDs)"), m_form);
    m_useOrganizationNames->setObjectName(QStringLiteral("useOrganizationNamesCheck"));
    m_formLayout->addRow(QString(), m_useOrganizationNames);

    connect(m_name, &QLineEdit::textChanged, this, &ProfileEditorView::validateName);
    connect(m_issuer, &QLineEdit::textChanged, this, &ProfileEditorView::validateIssuer);

    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileEditorView::save);
    for (QLineEdit *edit : m_form->findChildren<QLineEdit *>()) // Enter in any field saves
        connect(edit, &QLineEdit::returnPressed, this, &ProfileEditorView::save);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storage = new QLabel(this);
    m_storage->setObjectName(QStringLiteral("secretStorageLabel"));
    m_storage->setWordWrap(true);
    m_storageNotice = new SecretStorageNotice(m_context.secrets, SecretStorageNotice::Form::Sentence, this);
    m_storageNotice->setObjectName(QStringLiteral("profileSecretStorageNotice"));

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_deleteButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    if (!m_context.operations)
        m_context.operations = new OperationTracker(this);
    auto *activity = new ActivityIndicator(m_context.operations, this, true, this);
    activity->setObjectName(QStringLiteral("profileActivity"));
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(activity);
    saveRow->addWidget(m_status, 1);
    saveRow->addWidget(m_saveButton, 0, Qt::AlignTop);
    auto *right = new QVBoxLayout;
    // No scroll area around the form: it would size the wrapped validation messages for the narrowest width.
    right->addWidget(m_form);
    right->addStretch(1);
    right->addWidget(m_storage);
    right->addWidget(m_storageNotice);
    right->addLayout(saveRow);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(m_context.profiles, &profiles::ProfileStore::profilesChanged, this, &ProfileEditorView::reloadList);
    connect(m_context.secrets, &SecretStore::storageChanged, this, &ProfileEditorView::showStorage);
    reloadList();
    showStorage();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newProfile();
}

ProfileEditorView::~ProfileEditorView() = default;

QLabel *ProfileEditorView::makeErrorLabel(const QString &objectName)
{
    auto *label = new QLabel(m_form);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // wrap at the field's width
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setErrorStyle(label, true);
    label->hide();
    return label;
}

QLineEdit *ProfileEditorView::addLineEdit(const QString &objectName, const QString &label, const QString &placeholder,
                                          QLabel **error)
{
    auto *edit = new QLineEdit(m_form);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    auto *caption = new QLabel(label, m_form);
    caption->setObjectName(objectName + QStringLiteral("Label"));
    caption->setBuddy(edit);
    m_formLayout->addRow(caption, edit);
    if (!error)
        return edit;
    // The message gets a row of its own under the field, so a long message wraps instead of being clipped.
    *error = makeErrorLabel(objectName.chopped(4) + QStringLiteral("Error")); // "nameEdit" -> "nameError"
    m_formLayout->addRow(QString(), *error);
    return edit;
}

void ProfileEditorView::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    fitMessageHeight(label);
}

void ProfileEditorView::fitMessageHeight(QLabel *label) const
{
    // Layouts size a word-wrapped label for a guessed narrow width (QStackedWidget does not pass height-for-width
    // on), which leaves gaps around the message: fix its height for the width of the field above it instead.
    const int width = m_issuer->width();
    if (!label->text().isEmpty() && width > 0)
        label->setFixedHeight(label->heightForWidth(width));
}

void ProfileEditorView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    for (QLabel *label : {m_nameError, m_issuerError})
        fitMessageHeight(label);
}

void ProfileEditorView::reloadList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_list->addItems(m_context.profiles->names());
    const auto found = m_list->findItems(m_loadedName, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.constFirst());
    m_deleteButton->setEnabled(!m_loadedName.isEmpty());
}

void ProfileEditorView::validateName()
{
    const auto name = profiles::validateProfileName(m_name->text().trimmed());
    showError(m_nameError, name ? QString() : name.error().message);
}

void ProfileEditorView::validateIssuer()
{
    const auto issuer = profiles::normalizeIssuer(m_issuer->text());
    showError(m_issuerError, issuer ? QString() : issuer.error().message);
}

bool ProfileEditorView::validateAll()
{
    validateName();
    validateIssuer();
    return m_nameError->isHidden() && m_issuerError->isHidden();
}

Profile ProfileEditorView::formProfile() const
{
    Profile profile;
    profile.name = m_name->text().trimmed();
    if (const auto issuer = profiles::normalizeIssuer(m_issuer->text()))
        profile.issuer = issuer.value();
    profile.clientId = m_clientId->text();
    profile.audience = m_audience->text();
    profile.scope = m_scope->text();
    profile.claimNamespace = m_namespace->text();
    profile.managementClientId = m_managementClientId->text();
    profile.exchangeClientId = m_exchangeClientId->text();
    profile.subjectTokenType = m_subjectTokenType->text();
    profile.useOrganizationNames = m_useOrganizationNames->isChecked();
    return profile;
}

void ProfileEditorView::selectProfile(const QString &name)
{
    const auto profile = m_context.profiles->load(name);
    if (!profile) {
        showStatus(profile.error().message, true);
        return;
    }
    m_loadedName = name;
    m_name->setText(profile->name);
    m_issuer->setText(profile->issuer.toString());
    m_clientId->setText(profile->clientId);
    m_audience->setText(profile->audience);
    m_scope->setText(profile->scope);
    m_namespace->setText(profile->claimNamespace);
    m_managementClientId->setText(profile->managementClientId);
    m_exchangeClientId->setText(profile->exchangeClientId);
    m_subjectTokenType->setText(profile->subjectTokenType);
    m_useOrganizationNames->setChecked(profile->useOrganizationNames);
    m_managementSecret->clear();
    m_exchangeSecret->clear();
    showStatus({});
    reloadList();
}

void ProfileEditorView::newProfile()
{
    m_loadedName.clear();
    for (QLineEdit *edit : m_form->findChildren<QLineEdit *>())
        edit->clear();
    m_useOrganizationNames->setChecked(false);
    // An empty new form is not an error yet: messages appear once the user types or saves.
    showError(m_nameError, {});
    showError(m_issuerError, {});
    showStatus(tr("New profile: fill in at least a name and the tenant's domain, then Save."));
    m_list->clearSelection();
    m_deleteButton->setEnabled(false);
    m_name->setFocus();
}

bool ProfileEditorView::save()
{
    if (!validateAll()) {
        showStatus(tr("Not saved: correct the fields marked above."), true);
        return false;
    }
    const Profile profile = formProfile();
    const QString previousName = m_loadedName;
    const auto stored = m_context.profiles->save(profile);
    if (!stored) {
        showStatus(tr("Not saved: %1").arg(stored.error().message), true);
        return false;
    }
    m_loadedName = stored->name;
    if (!previousName.isEmpty() && previousName != m_loadedName)
        showStatus(tr("Saved as a new profile '%1'; '%2' is unchanged.").arg(m_loadedName, previousName));
    else
        showStatus(tr("Saved '%1'.").arg(m_loadedName));
    reloadList();
    writeSecrets(m_loadedName);
    return true;
}

void ProfileEditorView::writeSecrets(const QString &name)
{
    QList<std::pair<QString, Secret>> pending;
    if (!m_managementSecret->text().isEmpty())
        pending.append({profiles::profileSecretKey(name, SecretKind::ManagementClientSecret),
                        Secret::fromString(m_managementSecret->text())});
    if (!m_exchangeSecret->text().isEmpty())
        pending.append({profiles::profileSecretKey(name, SecretKind::ExchangeClientSecret),
                        Secret::fromString(m_exchangeSecret->text())});
    m_managementSecret->clear();
    m_exchangeSecret->clear();
    if (pending.isEmpty()) {
        emit saved(name);
        return;
    }
    m_saveButton->setEnabled(false);
    showStatus(tr("Saved '%1'; storing its secrets…").arg(name));
    // The keychain may wait for the user (an unlock prompt): shown busy; a write is not cancellable half-way.
    m_storing.start(*m_context.operations, this, tr("Storing the secrets of '%1' in the keychain…").arg(name))
        ->setCancellable(false);
    writeNextSecret(pending, name);
}

void ProfileEditorView::writeNextSecret(QList<std::pair<QString, Secret>> pending, const QString &name)
{
    const auto [key, secret] = pending.takeFirst();
    m_context.secrets->write(key, secret, this, [this, pending, name](const SecretResult &result) {
        if (!result.ok()) {
            m_storing.finish();
            m_saveButton->setEnabled(true);
            showStatus(tr("Saved '%1', but a secret was not stored: %2").arg(name, result.error), true);
            return;
        }
        if (!pending.isEmpty()) {
            writeNextSecret(pending, name);
            return;
        }
        m_storing.finish();
        m_saveButton->setEnabled(true);
        showStatus(m_context.secrets->storage() == SecretStorage::Keychain
                       ? tr("Saved '%1'; its secrets are stored in the system keychain.").arg(name)
                       : tr("Saved '%1'; its secrets are kept in memory until OrgLens quits: no keychain is running.")
                             .arg(name));
        showStorage();
        emit saved(name);
    });
}

void ProfileEditorView::deleteProfile()
{
    if (m_loadedName.isEmpty())
        return;
    const QString name = m_loadedName;
    m_context.profiles->remove(name);
    for (const SecretKind kind :
         {SecretKind::ManagementClientSecret, SecretKind::ExchangeClientSecret, SecretKind::RefreshToken})
        m_context.secrets->remove(profiles::profileSecretKey(name, kind), this, [](const SecretResult &) {});
    newProfile();
    showStatus(tr("Deleted '%1' and its stored secrets.").arg(name));
    reloadList();
}

void ProfileEditorView::showStorage()
{
    // Without a keychain, the notice below says so (with its details).
    m_storage->setText(tr("Client secrets go to the system keychain, never to the settings file (if no keychain "
                          "answers, they are kept in memory until OrgLens quits and this line says so)."));
    m_storage->setVisible(m_context.secrets->storage() == SecretStorage::Keychain);
}

void ProfileEditorView::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    setErrorStyle(m_status, error);
    if (!text.isEmpty())
        emit statusMessage(text);
}

} // namespace orglens::widgets
