#include "AuditView.h"

#include "ActivityIndicator.h"

#include "AuditTableModel.h"
#include "ManagementConnection.h"
#include "ManagementProfileBar.h"
#include "StatusColours.h"
#include "management/DefaultOrgEditor.h"
#include "management/ManagementClient.h"
#include "repair/RepairRunner.h"

#include <QComboBox>

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace orglens::widgets {

AuditView::AuditView(ManagementConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_bar(new ManagementProfileBar(connection, this)),
      m_model(new AuditTableModel(this)), m_table(new QTableView(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)), m_undo(new QPushButton(tr("&Undo…"), this)),
      m_emptyState(new QLabel(this)), m_status(new QLabel(this))
{
    m_bar->setObjectName(QStringLiteral("auditProfileBar"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Read the audit log again (F5)"));
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setToolTip(tr("Restore the value the selected change replaced"));
    m_emptyState->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirm = [this](const Confirmation &confirmation) { return askConfirmation(this, confirmation); };

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_emptyState);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    m_activity = new ActivityIndicator(connection->context().operations, this, true, this);
    m_activity->setObjectName(QStringLiteral("auditActivity"));
    layout->addWidget(m_activity);
    layout->addWidget(m_status);
    setTabOrder(m_bar->picker(), m_table);
    setTabOrder(m_table, m_undo);
    setTabOrder(m_undo, m_refresh);

    connect(m_refresh, &QPushButton::clicked, this, &AuditView::refresh);
    connect(m_undo, &QPushButton::clicked, this, &AuditView::undoSelected);
    connect(m_table, &QTableView::activated, this, &AuditView::undoSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditView::updateControls);
    connect(connection, &ManagementConnection::changed, this, &AuditView::followConnection);
    followConnection();
    // The log is read when the view is shown (showEvent), not at startup: nothing slow before the first paint.
}

AuditView::~AuditView() = default;

void AuditView::setProfile(const profiles::Profile &profile, const Secret &managementSecret)
{
    m_connection->setProfile(profile, managementSecret);
}

void AuditView::followConnection()
{
    if (m_editor && m_client == m_connection->client())
        return; // the same client (the connection was only held or released)
    m_client = m_connection->client();
    delete m_editor;
    m_editor = nullptr;
    m_busy = false;
    if (auto *client = m_connection->client())
        m_editor =
            new management::DefaultOrgEditor(*client, m_connection->auditLog(), m_connection->profile().name, this);
    updateControls();
}

void AuditView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // changes made in the Users or Bulk view meanwhile
}

void AuditView::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    setErrorStyle(m_status, error);
    emit statusMessage(text);
}

void AuditView::refresh()
{
    const QString selected =
        m_table->currentIndex().isValid() ? m_model->entry(m_table->currentIndex().row()).id : QString();
    const management::AuditLog log = m_connection->auditLog();
    QStringList unreadable;
    const auto entries = log.entries(&unreadable);
    if (!entries) {
        m_model->setEntries({});
        setStatus(entries.error().message, true);
    } else {
        m_model->setEntries(entries.value());
        if (!selected.isEmpty())
            selectEntry(selected);
        if (!unreadable.isEmpty())
            setStatus(tr("%n damaged line(s) of the audit log were skipped; the other entries are listed. %1", nullptr,
                         int(unreadable.size()))
                          .arg(unreadable.first()),
                      true);
    }
    const bool empty = m_model->rowCount() == 0;
    m_emptyState->setText(empty ? tr("No changes recorded yet. Every default_org_id change made in the Users or "
                                     "Bulk view or with orglens-cli is listed here (%1).")
                                      .arg(QDir::toNativeSeparators(log.path()))
                                : QString());
    m_emptyState->setVisible(empty);
    updateControls();
}

bool AuditView::selectEntry(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
    return true;
}

void AuditView::updateControls()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_undo->setEnabled(selected && m_editor && !m_busy);
    if (!m_editor)
        m_undo->setToolTip(m_connection->message());
    else
        m_undo->setToolTip(tr("Restore the value the selected change replaced"));
}

void AuditView::undoSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_busy)
        return;
    if (!m_editor) {
        setStatus(m_connection->message(), true);
        return;
    }
    const management::AuditEntry entry = m_model->entry(current.row());
    const QString tenant = m_connection->client()->config().issuer.toString();
    if (entry.tenant != tenant) {
        setStatus(tr("Entry %1 changed the tenant %2; the profile in use is for %3. Choose a profile of that tenant "
                     "to undo it.")
                      .arg(entry.id, entry.tenant, tenant),
                  true);
        emit undoFailed(m_status->text());
        return;
    }
    if (entry.isRepair()) {
        if (!m_confirm(m_connection->writeConfirmation(
                tr("Undo the repair %1").arg(entry.id),
                tr("Its steps are undone, last first:\n%1\n\nActions OrgLens created are deleted, the others rolled "
                   "back; the bindings, the exchange profile, the application's setting and the default organization "
                   "are restored. The undo is itself recorded in the audit log.")
                    .arg(repairStepsText(entry)),
                tr("Undo"))))
            return;
        return runRepairUndo(entry, false);
    }
    if (!m_confirm(m_connection->writeConfirmation(
            tr("Undo the default organization change of %1").arg(entry.userId),
            tr("app_metadata.default_org_id of %1 goes back from %2 to %3. The undo is itself recorded in the audit "
               "log (as the undo of entry %4).")
                .arg(entry.userId, auditValueText(entry.after), auditValueText(entry.before), entry.id),
            tr("Undo"))))
        return;
    runUndo(entry, false);
}

void AuditView::runUndo(const management::AuditEntry &entry, bool force)
{
    m_busy = true;
    updateControls();
    setStatus(tr("Undoing %1…").arg(entry.id));
    // An undo checks the current value, then writes: it shows progress but is not cancellable (a write in flight
    // cannot be taken back by aborting it).
    m_undoing.start(*m_connection->context().operations, this, tr("Undoing audit entry %1…").arg(entry.id))
        ->setCancellable(false);
    m_editor->undo(entry.id, force, [this, entry, force](const Result<management::AuditEntry> &result) {
        m_undoing.finish();
        m_busy = false;
        if (result) {
            showUndone(result.value(), tr("Undone and verified: %1 is %2 again (audit entry %3).")
                                           .arg(result->userId, auditValueText(result->after), result->id));
            return;
        }
        updateControls();
        const bool changedSince = result.error().code == QLatin1String("changed_since");
        const QString why = changedSince ? tr("default_org_id of %1 no longer reads %2: it was changed after entry %3.")
                                               .arg(entry.userId, auditValueText(entry.after), entry.id)
                                         : result.error().message;
        setStatus(why, true);
        if (changedSince && !force &&
            m_confirm(m_connection->writeConfirmation(
                tr("Undo anyway: overwrite the default organization of %1").arg(entry.userId),
                tr("%1\n\nUndo anyway? This overwrites the current value with %2.")
                    .arg(why, auditValueText(entry.before)),
                tr("Overwrite")))) {
            runUndo(entry, true);
            return;
        }
        emit undoFailed(why);
    });
}

void AuditView::showUndone(const management::AuditEntry &undo, const QString &message)
{
    refresh();
    selectEntry(undo.id);
    setStatus(message);
    emit undone(undo);
}

void AuditView::runRepairUndo(const management::AuditEntry &entry, bool force)
{
    m_busy = true;
    updateControls();
    setStatus(tr("Undoing the repair %1…").arg(entry.id));
    m_undoing.start(*m_connection->context().operations, this, tr("Undoing audit entry %1…").arg(entry.id))
        ->setCancellable(false);
    // The client stays the same until the undo is done: the profile cannot change meanwhile.
    m_connection->hold();
    auto *runner =
        new repair::RepairRunner(*m_connection->client(), m_connection->auditLog(), m_connection->profile().name, this);
    runner->undo(entry.id, force, [this, runner, entry, force](const repair::RepairOutcome &outcome) {
        runner->deleteLater();
        m_connection->release();
        m_undoing.finish();
        m_busy = false;
        if (outcome.ok) {
            showUndone(outcome.entry, outcome.message); // the message names the audit entry
            return;
        }
        updateControls();
        setStatus(outcome.message, true);
        // Nothing written because the tenant changed since the repair: the user may overwrite it.
        const bool refused = outcome.tenantChanged;
        if (refused && !force &&
            m_confirm(m_connection->writeConfirmation(
                tr("Undo anyway: overwrite what changed since the repair %1").arg(entry.id),
                tr("%1\n\nUndo anyway? This overwrites the tenant's current settings with those the repair "
                   "replaced.")
                    .arg(outcome.message),
                tr("Overwrite")))) {
            runRepairUndo(entry, true);
            return;
        }
        if (!outcome.entry.id.isEmpty())
            refresh(); // a half-done undo is in the log too
        emit undoFailed(outcome.message);
    });
}

} // namespace orglens::widgets
