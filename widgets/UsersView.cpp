#include "UsersView.h"

#include "ActivityIndicator.h"
#include "ManagementConnection.h"
#include "ManagementProfileBar.h"
#include "RunCaption.h"
#include "common/OperationTracker.h"
#include "management/AuditLog.h"
#include "management/DefaultOrg.h"
#include "management/DefaultOrgEditor.h"
#include "management/ManagementClient.h"
#include "management/UserTableModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace orglens::widgets {

namespace {

QString shown(const QJsonValue &value)
{
    return value.isString() ? value.toString() : UsersView::tr("(none)");
}

} // namespace

UsersView::UsersView(QWidget *parent)
    : QWidget(parent), m_model(new management::UserTableModel(this)), m_searchEdit(new QLineEdit(this)),
      m_searchButton(new QPushButton(tr("&Search"), this)), m_resultCaption(new RunCaption(this)),
      m_table(new QTableView(this)), m_details(new QPlainTextEdit(this)), m_organizations(new QListWidget(this)),
      m_defaultOrg(new QComboBox(this)), m_saveButton(new QPushButton(tr("Save default organization…"), this)),
      m_status(new QLabel(this)), m_emptyState(new QLabel(this)), m_activity(nullptr)
{
    m_operations = new OperationTracker(this); // replaced by the connection's (shared with the status bar)
    m_activity = new ActivityIndicator(m_operations, this, true, this);
    m_activity->setObjectName(QStringLiteral("usersActivity"));
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Lucene query, e.g. email:alice* or app_metadata.default_org_id:org_acme"));
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_resultCaption->setObjectName(QStringLiteral("usersResultCaption"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Ids and e-mail addresses are what people scan for: size columns to their contents, not to the header.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("appMetadataText"));
    m_details->setReadOnly(true);
    m_organizations->setObjectName(QStringLiteral("organizationsList"));
    m_defaultOrg->setObjectName(QStringLiteral("defaultOrgCombo"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setEnabled(false);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_emptyState->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->hide();
    m_searchEdit->setAccessibleName(tr("User search"));
    m_searchEdit->setClearButtonEnabled(true);
    m_table->setAccessibleName(tr("Users found"));
    m_details->setAccessibleName(tr("app_metadata of the selected user"));
    m_organizations->setAccessibleName(tr("Organizations of the selected user"));
    m_defaultOrg->setAccessibleName(tr("Default organization"));
    m_confirm = [this](const Confirmation &confirmation) { return askConfirmation(this, confirmation); };

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit);
    searchRow->addWidget(m_searchButton);
    auto *details = new QWidget(this);
    auto *form = new QFormLayout(details);
    form->addRow(tr("app_metadata:"), m_details);
    form->addRow(tr("Organizations:"), m_organizations);
    form->addRow(tr("Default organization:"), m_defaultOrg);
    form->addRow(QString(), m_saveButton);
    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_resultCaption);
    resultsLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(results);
    splitter->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_activity);
    layout->addWidget(m_emptyState);
    layout->addWidget(splitter);
    layout->addWidget(m_status);

    connect(m_searchButton, &QPushButton::clicked, this, &UsersView::search);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &UsersView::search);
    connect(m_saveButton, &QPushButton::clicked, this, &UsersView::save);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showUser(m_model->user(current.row())); });
    // A new list has no selection (a reset emits no currentRowChanged): the previous user's details and Save go.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showUser({}); });
}

UsersView::UsersView(ManagementConnection *connection, QWidget *parent) : UsersView(parent)
{
    m_connection = connection;
    if (OperationTracker *shared = connection->context().operations) {
        delete m_operations;
        m_operations = shared;
        m_activity->setTracker(shared);
    }
    auto *bar = new ManagementProfileBar(connection, this);
    bar->setObjectName(QStringLiteral("usersProfileBar"));
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, bar);
    setTabOrder(bar->picker(), m_searchEdit);
    connect(connection, &ManagementConnection::changed, this, &UsersView::followConnection);
    followConnection();
}

UsersView::~UsersView() = default;

void UsersView::setProfile(const profiles::Profile &profile, const Secret &managementSecret)
{
    if (m_connection)
        m_connection->setProfile(profile, managementSecret);
}

void UsersView::followConnection()
{
    if (m_connection->client() == m_client && m_client)
        return;
    setClient(m_connection->client(), m_connection->profile().name);
    m_profileLabel = m_connection->profileLabel();
    m_model->setUsers({});
    const bool ready = m_client != nullptr;
    m_emptyState->setText(ready ? QString()
                                : tr("Users can be searched once the profile above can use the Management API."));
    m_emptyState->setVisible(!ready);
    updateControls();
    setStatus(ready ? tr("Search by user_id, e-mail, name or a Lucene query; an empty search lists the first users.")
                    : QString());
}

void UsersView::setClient(management::ManagementClient *client, const QString &profileName)
{
    // The old client's requests end with it (their callbacks would touch the new state).
    m_searching.finish();
    m_loadingUser.finish();
    m_saving.finish();
    m_client = client;
    m_profileLabel = profileName;
    m_resultCaption->clearRun(); // the results of another tenant are cleared with it
    delete m_editor;
    m_editor = client
                   ? new management::DefaultOrgEditor(
                         *client, m_connection ? m_connection->auditLog() : management::AuditLog(), profileName, this)
                   : nullptr;
    m_allOrganizations = {};
}

void UsersView::setStatus(const QString &message)
{
    m_status->setText(message);
    emit statusChanged(message);
}

void UsersView::search()
{
    if (!m_client) {
        setStatus(tr("No tenant: choose a profile with a machine-to-machine application first."));
        return;
    }
    setStatus(tr("Searching…"));
    PendingOperation *operation = track(m_searching, tr("Searching users…"));
    const QString query = m_searchEdit->text().trimmed();
    m_client->searchUsers(query, 0, 50, operation, [this, operation, query](const management::ApiResult &result) {
        if (m_searching.current() != operation)
            return; // a newer search replaced this one
        m_searching.finish();
        updateControls();
        if (!result.ok()) {
            setStatus(result.error->text());
            return;
        }
        m_model->setUsers(result.object().value(QLatin1String("users")).toArray());
        m_resultCaption->setRun(query.isEmpty() ? tr("First users") : tr("Search “%1”").arg(query), m_profileLabel,
                                m_client->config().issuer);
        setStatus(
            tr("%1 of %2 user(s)").arg(m_model->rowCount()).arg(result.object().value(QLatin1String("total")).toInt()));
    });
}

void UsersView::showUser(const QJsonObject &user)
{
    m_user = user;
    m_userOrganizations = {};
    m_organizations->clear();
    m_defaultOrg->clear();
    m_saveButton->setEnabled(false);
    m_details->setPlainText(
        user.isEmpty()
            ? QString()
            : QString::fromUtf8(
                  QJsonDocument(user.value(QLatin1String("app_metadata")).toObject()).toJson(QJsonDocument::Indented)));
    m_loadingUser.finish(); // another user was selected: the previous one's lookups are abandoned
    if (!m_client || user.isEmpty())
        return;
    const QString userId = user.value(QLatin1String("user_id")).toString();
    PendingOperation *operation = track(m_loadingUser, tr("Loading the organizations of %1…").arg(userId));
    m_client->userOrganizations(userId, operation, [this, operation](const management::ListResult &organizations) {
        if (m_loadingUser.current() != operation)
            return; // another user was selected meanwhile
        if (!organizations.ok()) {
            m_loadingUser.finish();
            setStatus(organizations.error->text());
            return;
        }
        m_userOrganizations = organizations.items;
        for (const QJsonValue &org : organizations.items)
            m_organizations->addItem(org.toObject().value(QLatin1String("display_name")).toString() +
                                     QStringLiteral(" (") + org.toObject().value(QLatin1String("id")).toString() +
                                     u')');
        if (!m_allOrganizations.isEmpty()) {
            m_loadingUser.finish();
            fillOrganizations();
            return;
        }
        operation->setLabel(tr("Loading the tenant's organizations…"));
        m_client->listOrganizations(operation, [this, operation](const management::ListResult &all) {
            if (m_loadingUser.current() != operation)
                return;
            m_loadingUser.finish();
            if (!all.ok()) {
                setStatus(all.error->text());
                return;
            }
            m_allOrganizations = all.items;
            fillOrganizations();
        });
    });
}

PendingOperation *UsersView::track(OperationSlot &slot, const QString &label)
{
    PendingOperation *operation = slot.start(*m_operations, this, label, [this] {
        setStatus(tr("Cancelled."));
        // The operation is deleted right after this callback: update the controls once it is gone.
        QTimer::singleShot(0, this, &UsersView::updateControls);
    });
    updateControls();
    return operation;
}

void UsersView::updateControls()
{
    const bool ready = m_client != nullptr;
    const bool searching = m_searching.isRunning();
    m_searchEdit->setEnabled(ready); // typing a new query and Enter replaces a running search
    m_searchButton->setEnabled(ready && !searching);
    m_table->setEnabled(!m_saving.isRunning());
    m_defaultOrg->setEnabled(!m_saving.isRunning());
}

void UsersView::fillOrganizations()
{
    m_defaultOrg->clear();
    m_defaultOrg->addItem(tr("(none)"), QString());
    auto *items = qobject_cast<QStandardItemModel *>(m_defaultOrg->model());
    for (const QJsonValue &each : std::as_const(m_allOrganizations)) {
        const QJsonObject org = each.toObject();
        const QString id = org.value(QLatin1String("id")).toString();
        bool member = false;
        for (const QJsonValue &mine : std::as_const(m_userOrganizations))
            member = member || mine.toObject().value(QLatin1String("id")).toString() == id;
        m_defaultOrg->addItem(
            member ? QStringLiteral("%1 (%2)").arg(org.value(QLatin1String("display_name")).toString(), id)
                   : tr("%1 (%2) — not a member").arg(org.value(QLatin1String("display_name")).toString(), id),
            id);
        if (!member && items)
            items->item(m_defaultOrg->count() - 1)->setEnabled(false); // could not be used on the user's tokens
    }
    const QString current = management::defaultOrgOf(m_user).toString();
    const int index = m_defaultOrg->findData(current);
    m_defaultOrg->setCurrentIndex(index >= 0 ? index : 0);
    m_saveButton->setEnabled(true);
}

void UsersView::save()
{
    if (!m_editor || m_user.isEmpty())
        return;
    management::DefaultOrgChange change;
    change.user = m_user;
    change.userId = m_user.value(QLatin1String("user_id")).toString();
    change.userOrganizations = m_userOrganizations;
    change.before = management::defaultOrgOf(m_user);
    const QString target = m_defaultOrg->currentData().toString();
    change.after = target.isEmpty() ? QJsonValue() : QJsonValue(target);
    if (!change.changes()) {
        setStatus(tr("Nothing to change."));
        return;
    }
    const bool clearing = change.after.isNull();
    const QString details = tr("app_metadata.default_org_id of %1: %2 → %3\n\nOnly this key is changed; the change "
                               "is recorded in the audit log.")
                                .arg(change.userId, shown(change.before), shown(change.after));
    const QString profile = m_connection ? m_connection->profileLabel() : m_profileLabel;
    if (!m_confirm(writeConfirmation(m_client->config().issuer, profile,
                                     tr("Change the default organization of %1").arg(change.userId), details,
                                     clearing ? tr("Clear default org") : tr("Set default org"))))
        return;
    m_saveButton->setEnabled(false);
    setStatus(tr("Saving…"));
    // A write in flight cannot be taken back by aborting it: the save shows progress but cannot be cancelled.
    track(m_saving, tr("Saving the default organization of %1…").arg(change.userId))->setCancellable(false);
    updateControls();
    m_editor->apply(change, clearing ? QStringLiteral("clear") : QStringLiteral("set"), {},
                    [this, userId = change.userId](const Result<management::AuditEntry> &result) {
                        if (!result) {
                            m_saving.finish();
                            setStatus(result.error().message);
                            m_saveButton->setEnabled(true);
                            updateControls();
                            return;
                        }
                        setStatus(tr("Saved and verified (audit entry %1).").arg(result->id));
                        if (!m_saving.isRunning())
                            return;
                        m_saving->setLabel(tr("Reading %1 back…").arg(userId));
                        m_client->getUser(userId, m_saving.current(), [this](const management::ApiResult &user) {
                            m_saving.finish();
                            updateControls();
                            if (!user.ok())
                                return;
                            m_model->updateUser(user.object());
                            showUser(user.object());
                        });
                    });
}

} // namespace orglens::widgets
