#include "RepairDialog.h"

#include "ManagementConnection.h"
#include "StatusColours.h"
#include "TenantView.h"
#include "doctor/Doctor.h"
#include "management/ManagementClient.h"
#include "oauth/OAuthClient.h"
#include "repair/RepairPlanner.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace orglens::widgets {

namespace {

enum Page { PlanPage, OutcomePage };
enum StepColumn { TitleColumn, PlanColumn, ScopesColumn, SummaryColumn };
enum ComparisonColumn { CheckColumn, BeforeColumn, AfterColumn };

QString requestText(const repair::PlannedRequest &request)
{
    // The path as sent (/api/v2/…), as the plan's JSON gives it.
    QString text = QString::fromLatin1(request.method) + QLatin1Char(' ') +
                   request.toJson().value(QLatin1String("path")).toString();
    QByteArray body;
    if (request.body.isObject())
        body = QJsonDocument(request.body.toObject()).toJson();
    else if (request.body.isArray())
        body = QJsonDocument(request.body.toArray()).toJson();
    else if (!request.body.isUndefined())
        body = QJsonDocument(QJsonArray{request.body}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    return body.isEmpty() ? text : text + QLatin1Char('\n') + QString::fromUtf8(body).trimmed();
}

void tintStatus(QTreeWidgetItem *item, int column, doctor::StepStatus status, const QColor &base)
{
    item->setText(column, doctorStatusText(status));
    item->setBackground(column, blendColours(base, statusHue(doctorStatusHue(status)), 0.3));
}

} // namespace

RepairDialog::RepairDialog(ManagementConnection *connection, const QString &userId, bool probeActions, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_userId(userId), m_probeActions(probeActions),
      m_target(new QLabel(this)), m_pages(new QStackedWidget(this)), m_steps(new QTreeWidget(this)),
      m_requests(new QPlainTextEdit(this)), m_conflictBox(new QWidget(this)), m_conflictList(new QVBoxLayout),
      m_noConflicts(new QLabel(tr("None"), this)), m_position(new QComboBox(this)), m_defaultOrg(new QCheckBox(this)),
      m_missingScopes(new QLabel(this)), m_outcomeText(new QLabel(this)), m_comparison(new QTreeWidget(this)),
      m_proofHint(new QLabel(this)), m_prove(new QPushButton(tr("&Prove it with a device login…"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_apply(new QPushButton(tr("&Apply"), this)),
      m_close(new QPushButton(tr("&Close"), this))
{
    setObjectName(QStringLiteral("repairDialog"));
    setWindowTitle(tr("Repair the org_id pipeline"));
    m_target->setObjectName(QStringLiteral("repairTarget"));
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::PlainText);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_target->font();
    bold.setBold(true);
    m_target->setFont(bold);
    m_target->setText(tenantText());

    m_steps->setObjectName(QStringLiteral("repairSteps"));
    m_steps->setAccessibleName(tr("Repair steps"));
    m_steps->setHeaderLabels({tr("Step"), tr("Plan"), tr("Scopes"), tr("What changes")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setWordWrap(false);
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The scopes may be many: a column of their own width would push what changes out of sight (each has a tooltip).
    m_steps->header()->setSectionResizeMode(ScopesColumn, QHeaderView::Interactive);
    m_steps->header()->resizeSection(ScopesColumn, fontMetrics().horizontalAdvance(QStringLiteral("create:actions, ")));
    m_steps->header()->setStretchLastSection(true);
    m_requests->setObjectName(QStringLiteral("repairRequests"));
    m_requests->setAccessibleName(tr("Requests of the selected step"));
    m_requests->setReadOnly(true);
    m_requests->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_requests->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_conflictBox->setObjectName(QStringLiteral("repairConflicts"));
    m_conflictList->setContentsMargins(0, 0, 0, 0);
    m_conflictBox->setLayout(m_conflictList);
    m_noConflicts->setObjectName(QStringLiteral("repairNoConflicts"));
    m_conflictList->addWidget(m_noConflicts);
    m_position->setObjectName(QStringLiteral("repairPositionCombo"));
    m_position->setAccessibleName(tr("Position of OrgLens's binding"));
    m_defaultOrg->setObjectName(QStringLiteral("repairDefaultOrgBox"));
    m_defaultOrg->setText(tr("Also set %1's default organization").arg(m_userId));
    m_defaultOrg->setToolTip(
        tr("Sets app_metadata.default_org_id to the user's organization (when the user belongs to only one)"));
    m_defaultOrg->setVisible(!m_userId.isEmpty());
    m_missingScopes->setObjectName(QStringLiteral("repairMissingScopes"));
    m_missingScopes->setWordWrap(true);
    m_missingScopes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setErrorStyle(m_missingScopes, true);
    m_missingScopes->hide();

    auto *choices = new QGroupBox(tr("Choices"), this);
    auto *form = new QFormLayout(choices);
    form->addRow(tr("Bound Actions that set the claim too:"), m_conflictBox);
    form->addRow(tr("Position of OrgLens's binding:"), m_position);
    form->addRow(QString(), m_defaultOrg);

    auto *requestsSplitter = new QSplitter(Qt::Vertical, this);
    requestsSplitter->setObjectName(QStringLiteral("repairSplitter"));
    requestsSplitter->addWidget(m_steps);
    requestsSplitter->addWidget(m_requests);
    requestsSplitter->setStretchFactor(0, 1);
    requestsSplitter->setStretchFactor(1, 1);
    requestsSplitter->setChildrenCollapsible(false);
    auto *planPage = new QWidget(this);
    auto *planLayout = new QVBoxLayout(planPage);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(requestsSplitter, 1);
    planLayout->addWidget(choices);
    planLayout->addWidget(m_missingScopes);

    m_outcomeText->setObjectName(QStringLiteral("repairOutcome"));
    m_outcomeText->setWordWrap(true);
    m_outcomeText->setTextFormat(Qt::PlainText);
    m_outcomeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcomeText->setFont(bold);
    m_comparison->setObjectName(QStringLiteral("repairComparison"));
    m_comparison->setAccessibleName(tr("The tenant check before and after the repair"));
    m_comparison->setHeaderLabels({tr("Check"), tr("Before"), tr("After")});
    m_comparison->setRootIsDecorated(false);
    m_comparison->setUniformRowHeights(true);
    m_comparison->header()->setStretchLastSection(false);
    m_comparison->header()->setSectionResizeMode(CheckColumn, QHeaderView::Stretch);
    m_comparison->header()->setSectionResizeMode(BeforeColumn, QHeaderView::ResizeToContents);
    m_comparison->header()->setSectionResizeMode(AfterColumn, QHeaderView::ResizeToContents);
    m_proofHint->setObjectName(QStringLiteral("repairProofHint"));
    m_proofHint->setWordWrap(true);
    m_proofHint->setText(tr("See it in a token: a device login in the Login view → Exchange this token → Compare "
                            "shows org_id added → Refresh in the session history: the new token keeps it."));
    m_prove->setObjectName(QStringLiteral("proveDeviceLoginButton"));
    m_prove->setToolTip(m_userId.isEmpty() ? tr("Open the Login view prepared for a device login")
                                           : tr("Open the Login view prepared for a device login of %1").arg(m_userId));
    auto *proof = new QHBoxLayout;
    proof->addWidget(m_proofHint, 1);
    proof->addWidget(m_prove);
    auto *outcomePage = new QWidget(this);
    auto *outcomeLayout = new QVBoxLayout(outcomePage);
    outcomeLayout->setContentsMargins(0, 0, 0, 0);
    outcomeLayout->addWidget(m_outcomeText);
    outcomeLayout->addWidget(m_comparison, 1);
    outcomeLayout->addLayout(proof);
    m_pages->addWidget(planPage);
    m_pages->addWidget(outcomePage);

    m_progress->setObjectName(QStringLiteral("repairProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2);
    m_status->setObjectName(QStringLiteral("repairStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apply->setObjectName(QStringLiteral("applyRepairButton"));
    m_close->setObjectName(QStringLiteral("closeRepairButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_close->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_steps, &QTreeWidget::currentItemChanged, this, &RepairDialog::showRequests);
    connect(m_position, &QComboBox::activated, this, &RepairDialog::choose);
    connect(m_defaultOrg, &QCheckBox::toggled, this, &RepairDialog::startPlanning);
    connect(m_apply, &QPushButton::clicked, this, &RepairDialog::apply);
    connect(m_close, &QPushButton::clicked, this, &RepairDialog::reject);
    connect(m_prove, &QPushButton::clicked, this,
            [this] { emit deviceLoginRequested(m_plan ? m_plan->userEmail : QString()); });

    // What the dialog plans for is what it writes to: the profile cannot change while it is open.
    m_connection->hold();
    m_holding = true;
    connect(this, &QDialog::finished, this, &RepairDialog::releaseConnection);
    if (parent)
        resize(parent->window()->size() * 0.9);
    startPlanning();
}

RepairDialog::~RepairDialog()
{
    m_planning.finish();
    m_writing.finish();
    m_checking.finish();
    // Closed with its parent (the window going away): the views that hear of it may be half destroyed by now.
    if (m_holding)
        QMetaObject::invokeMethod(m_connection, &ManagementConnection::release, Qt::QueuedConnection);
}

void RepairDialog::releaseConnection()
{
    if (!m_holding)
        return;
    m_holding = false;
    m_connection->release();
}

QString RepairDialog::tenantText() const
{
    const QString where = tr("Write to tenant %1 (profile %2)")
                              .arg(m_connection->profile().issuer.authority(), m_connection->profileLabel());
    return m_userId.isEmpty() ? where : tr("%1, for the user %2").arg(where, m_userId);
}

void RepairDialog::startPlanning()
{
    management::ManagementClient *client = m_connection->client();
    if (!client)
        return setStatus(m_connection->message(), true);
    delete m_planner; // a plan for earlier choices is dropped with its requests
    m_planner = new repair::RepairPlanner(client, m_connection->context().oauth->network(), this);
    repair::RepairOptions options;
    options.profile = m_connection->profile();
    options.userId = m_userId;
    options.setDefaultOrg = m_defaultOrg->isChecked();
    options.probeActions = m_probeActions;
    if (m_plan) {
        options.bindingPosition = m_plan->options.bindingPosition;
        options.unbind = m_plan->options.unbind;
    }
    m_plan.reset();
    const QString label = tr("Planning the repair of %1…").arg(options.profile.issuer.authority());
    m_planning.start(*m_connection->context().operations, this, label, [this] {
        delete m_planner;
        m_planner = nullptr;
        setStatus(tr("Planning was cancelled."));
        updateControls();
    });
    setStatus(label);
    updateControls();
    m_planner->plan(options, [this](const Result<repair::RepairPlan> &result) {
        m_planning.finish();
        if (!result) {
            setStatus(result.error().message, true);
            updateControls();
            emit planned();
            return;
        }
        m_plan = result.value();
        showPlan();
        emit planned();
    });
}

void RepairDialog::showPlan()
{
    showSteps();
    showConflicts();
    showPositions();
    const QString missing = m_plan->missingScopesText();
    m_missingScopes->setText(missing);
    m_missingScopes->setVisible(!missing.isEmpty());
    const auto needed = std::count_if(m_plan->steps.begin(), m_plan->steps.end(),
                                      [](const repair::RepairStep &step) { return step.needed; });
    m_apply->setText(tr("&Apply %n step(s)", nullptr, int(needed)));
    setStatus(m_plan->anythingToDo()
                  ? tr("%n step(s) will write to the tenant. Apply writes them in this order; each is recorded in "
                       "the audit log and can be undone there.",
                       nullptr, int(needed))
                  : tr("Nothing to do: every step is in place already."));
    updateControls();
}

void RepairDialog::showSteps()
{
    const int current = m_steps->currentItem() ? m_steps->indexOfTopLevelItem(m_steps->currentItem()) : 0;
    m_steps->clear();
    for (const repair::RepairStep &step : m_plan->steps) {
        auto *item = new QTreeWidgetItem(m_steps, {step.title, step.needed ? tr("Will do") : tr("Nothing to do"),
                                                   step.scopes.join(QStringLiteral(", ")), step.summary});
        item->setToolTip(TitleColumn, step.title);
        item->setToolTip(SummaryColumn, step.summary);
        item->setToolTip(ScopesColumn, step.scopes.join(QLatin1Char('\n')));
        if (!step.needed)
            item->setForeground(PlanColumn, palette().color(QPalette::PlaceholderText));
    }
    m_steps->setCurrentItem(m_steps->topLevelItem(std::min(current, m_steps->topLevelItemCount() - 1)));
    showRequests();
}

void RepairDialog::showConflicts()
{
    qDeleteAll(m_conflictRows);
    m_conflictRows.clear();
    m_conflicts.clear();
    for (const repair::BindingConflict &conflict : m_plan->conflicts) {
        // The reason wraps under its box: a long one must not widen the dialog past a small screen.
        auto *row = new QWidget(m_conflictBox);
        auto *box = new QCheckBox(tr("Unbind %1").arg(conflict.name), row);
        box->setObjectName(QStringLiteral("repairConflictBox"));
        box->setProperty("actionId", conflict.actionId);
        box->setChecked(conflict.unbind);
        box->setToolTip(tr("Never removed silently: ticked, OrgLens's bindings list leaves it out"));
        auto *reason = new QLabel(conflict.reason, row);
        reason->setWordWrap(true);
        reason->setTextFormat(Qt::PlainText);
        reason->setIndent(style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                          style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
        auto *layout = new QVBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(box);
        layout->addWidget(reason);
        connect(box, &QCheckBox::toggled, this, &RepairDialog::choose);
        m_conflictList->addWidget(row);
        m_conflictRows << row;
        m_conflicts << box;
    }
    m_noConflicts->setVisible(m_conflicts.isEmpty());
}

void RepairDialog::showPositions()
{
    const QStringList bindings = m_plan->otherBindings();
    m_position->clear();
    for (int i = 0; i < bindings.size(); ++i)
        m_position->addItem(i == 0 ? tr("First, before %1").arg(bindings.at(i))
                                   : tr("Between %1 and %2").arg(bindings.at(i - 1), bindings.at(i)),
                            i);
    m_position->addItem(bindings.isEmpty() ? tr("The only binding") : tr("Last, after %1").arg(bindings.last()), -1);
    const int chosen = m_position->findData(m_plan->options.bindingPosition);
    m_position->setCurrentIndex(chosen >= 0 ? chosen : m_position->count() - 1);
}

void RepairDialog::choose()
{
    if (!m_plan)
        return;
    QStringList unbind;
    for (QCheckBox *box : std::as_const(m_conflicts)) {
        if (box->isChecked())
            unbind << box->property("actionId").toString();
    }
    const int position = m_position->currentData().toInt();
    // Unbinding one shortens the list OrgLens's binding goes in: a position past its end is the last.
    m_plan->choose(position, unbind);
    showPositions();
    if (m_position->currentData().toInt() != position) {
        m_plan->choose(-1, unbind);
    }
    showSteps();
}

void RepairDialog::showRequests()
{
    QTreeWidgetItem *item = m_steps->currentItem();
    if (!m_plan || !item) {
        m_requests->clear();
        return;
    }
    const repair::RepairStep &step = m_plan->steps.at(m_steps->indexOfTopLevelItem(item));
    QStringList text{step.summary};
    if (step.needed) {
        for (const repair::PlannedRequest &request : step.requests)
            text << requestText(request);
    }
    m_requests->setPlainText(text.join(QStringLiteral("\n\n")));
}

void RepairDialog::apply()
{
    management::ManagementClient *client = m_connection->client();
    if (!m_plan || !client || isWriting() || m_outcome || !m_plan->missingScopes().isEmpty())
        return;
    m_runner = new repair::RepairRunner(*client, m_connection->auditLog(), m_connection->profile().name, this);
    const int total = int(m_plan->steps.size());
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    connect(m_runner, &repair::RepairRunner::stepStarted, this, [this, total](int index, const QString &title) {
        m_progress->setValue(index);
        m_steps->setCurrentItem(m_steps->topLevelItem(index));
        setStatus(tr("Step %1 of %2: %3…").arg(index + 1).arg(total).arg(title));
    });
    // A write in flight cannot be taken back by aborting it: progress, no Cancel.
    m_writing
        .start(*m_connection->context().operations, this,
               tr("Repairing %1…").arg(m_connection->profile().issuer.authority()))
        ->setCancellable(false);
    setStatus(tr("Repairing…"));
    updateControls();
    m_runner->apply(*m_plan, [this](const repair::RepairOutcome &outcome) {
        m_writing.finish();
        m_outcome = outcome;
        showOutcome(outcome);
        emit applied(outcome);
        if (!outcome.entry.id.isEmpty() || outcome.ok)
            recheck();
    });
}

void RepairDialog::showOutcome(const repair::RepairOutcome &outcome)
{
    m_pages->setCurrentIndex(OutcomePage);
    QString text = outcome.message;
    if (!outcome.entry.id.isEmpty())
        text = outcome.message.contains(outcome.entry.id)
                   ? tr("%1 Undo it in the Audit view.").arg(outcome.message)
                   : tr("%1 Audit entry %2: undo it in the Audit view.").arg(outcome.message, outcome.entry.id);
    m_outcomeText->setText(text);
    setErrorStyle(m_outcomeText, !outcome.ok);
    m_progress->setValue(m_progress->maximum());
    setStatus(QString());
    updateControls();
}

void RepairDialog::recheck()
{
    management::ManagementClient *client = m_connection->client();
    if (!client)
        return;
    m_doctor = new doctor::Doctor(client, m_connection->context().oauth->network(), this);
    const QString label = tr("Checking %1 again…").arg(m_connection->profile().issuer.authority());
    m_checking.start(*m_connection->context().operations, this, label, [this] {
        m_doctor->deleteLater();
        m_doctor = nullptr;
        setStatus(tr("The check after the repair was cancelled."));
        updateControls();
    });
    connect(m_doctor, &doctor::Doctor::finished, this, [this](const doctor::DoctorReport &report) {
        m_checking.finish();
        m_doctor->deleteLater();
        m_doctor = nullptr;
        m_after = report;
        showComparison();
        setStatus(QString());
        updateControls();
        emit rechecked(report);
    });
    setStatus(label);
    updateControls();
    m_doctor->run({m_plan->options.profile, m_plan->options.userId, m_plan->options.probeActions, false, {}});
}

void RepairDialog::showComparison()
{
    m_comparison->clear();
    const QColor base = palette().color(QPalette::Base);
    const QList<repair::StepChange> changes = repair::compareReports(m_plan->doctorBefore, *m_after);
    int passedBefore = 0;
    int passedAfter = 0;
    for (const repair::StepChange &change : changes) {
        auto *item = new QTreeWidgetItem(m_comparison, {change.title});
        item->setToolTip(CheckColumn, change.title);
        tintStatus(item, BeforeColumn, change.before, base);
        tintStatus(item, AfterColumn, change.after, base);
        if (change.before != change.after) {
            QFont bold = item->font(AfterColumn);
            bold.setBold(true);
            item->setFont(CheckColumn, bold);
            item->setFont(AfterColumn, bold);
        }
        passedBefore += change.before == doctor::StepStatus::Pass;
        passedAfter += change.after == doctor::StepStatus::Pass;
    }
    m_comparison->setAccessibleDescription(
        tr("After the repair, %1 of %n check(s) pass; before, %2 did.", nullptr, int(changes.size()))
            .arg(passedAfter)
            .arg(passedBefore));
    m_outcomeText->setText(m_outcomeText->text() + QLatin1Char('\n') + m_comparison->accessibleDescription());
}

void RepairDialog::updateControls()
{
    const bool writing = isWriting();
    const bool planned = m_plan.has_value() && !m_outcome;
    const bool missing = planned && !m_plan->missingScopes().isEmpty();
    m_apply->setVisible(!m_outcome);
    m_apply->setEnabled(planned && !writing && !missing && m_plan->anythingToDo());
    m_apply->setToolTip(missing ? m_plan->missingScopesText() : tenantText());
    m_close->setEnabled(!writing);
    m_close->setToolTip(writing ? tr("The repair is writing to the tenant: it cannot be stopped halfway") : QString());
    const bool choosing = planned && !writing;
    for (QCheckBox *box : std::as_const(m_conflicts))
        box->setEnabled(choosing);
    m_position->setEnabled(choosing && m_position->count() > 1);
    m_defaultOrg->setEnabled((choosing || (!m_plan && !m_planning.isRunning())) && !m_outcome);
    m_progress->setVisible(m_planning.isRunning() || writing || m_checking.isRunning());
    if (m_planning.isRunning() || m_checking.isRunning())
        m_progress->setRange(0, 0); // busy, no steps to count
    m_prove->setEnabled(m_outcome && m_outcome->ok && !m_checking.isRunning());
}

void RepairDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    setErrorStyle(m_status, error);
}

void RepairDialog::reject()
{
    if (isWriting())
        return; // the repair finishes first: its outcome is what the user must see
    QDialog::reject();
}

void RepairDialog::closeEvent(QCloseEvent *event)
{
    if (isWriting())
        return event->ignore();
    QDialog::closeEvent(event);
}

} // namespace orglens::widgets
