#include "TenantView.h"

#include "ActivityIndicator.h"
#include "ManagementConnection.h"
#include "ManagementProfileBar.h"
#include "ProbeDialog.h"
#include "RepairDialog.h"
#include "RunCaption.h"
#include "StatusColours.h"
#include "doctor/Doctor.h"
#include "doctor/DoctorTexts.h"
#include "oauth/OAuthClient.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace orglens::widgets {

namespace {

using doctor::StepStatus;

// Rows of the checklist: the steps, then the probes' outcomes. UserRole holds the index in the report's list.
enum RowKind { StepRow = 1, ProbeRow = 2 };
constexpr int KindRole = Qt::UserRole;
constexpr int IndexRole = Qt::UserRole + 1;

QString statusText(const doctor::DoctorStep &step)
{
    return doctorStatusText(step.status, step.critical);
}

QString htmlList(const QStringList &lines)
{
    if (lines.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

int countOf(const doctor::DoctorReport &report, StepStatus status)
{
    return int(std::count_if(report.steps.begin(), report.steps.end(),
                             [status](const doctor::DoctorStep &step) { return step.status == status; }));
}

} // namespace

StatusHue doctorStatusHue(StepStatus status)
{
    switch (status) {
    case StepStatus::Pass:
        return StatusHue::Good;
    case StepStatus::Warn:
        return StatusHue::Caution;
    case StepStatus::Fail:
        return StatusHue::Bad;
    case StepStatus::NotChecked:
        break;
    }
    return StatusHue::Neutral;
}

QString doctorStatusText(StepStatus status, bool critical)
{
    switch (status) {
    case StepStatus::Pass:
        return TenantView::tr("✓ Pass");
    case StepStatus::Warn:
        return TenantView::tr("! Warning");
    case StepStatus::Fail:
        return critical ? TenantView::tr("✗ Critical") : TenantView::tr("✗ Fail");
    case StepStatus::NotChecked:
        break;
    }
    return TenantView::tr("– Not checked");
}

TenantView::TenantView(ManagementConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_bar(new ManagementProfileBar(connection, this)),
      m_user(new QLineEdit(this)), m_check(new QPushButton(tr("&Check tenant"), this)),
      m_probes(new QPushButton(tr("Run pro&bes…"), this)), m_repair(new QPushButton(tr("&Repair…"), this)),
      m_activity(new ActivityIndicator(connection->context().operations, this, true, this)),
      m_caption(new RunCaption(this)), m_summary(new QLabel(this)), m_steps(new QTreeWidget(this)),
      m_details(new QTextBrowser(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("tenantView"));
    m_bar->setObjectName(QStringLiteral("tenantProfileBar"));
    m_user->setObjectName(QStringLiteral("tenantUserEdit"));
    m_user->setAccessibleName(tr("User to check (optional)"));
    m_user->setPlaceholderText(tr("user_id (optional)"));
    m_user->setToolTip(tr("With a user, the check also covers the user's default organization and membership"));
    m_user->setClearButtonEnabled(true);
    m_check->setObjectName(QStringLiteral("checkTenantButton"));
    m_probes->setObjectName(QStringLiteral("runProbesButton"));
    m_repair->setObjectName(QStringLiteral("repairButton"));
    m_activity->setObjectName(QStringLiteral("tenantActivity"));
    m_caption->setObjectName(QStringLiteral("tenantResultCaption"));
    m_summary->setObjectName(QStringLiteral("tenantSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setMargin(8);
    m_steps->setObjectName(QStringLiteral("tenantSteps"));
    m_steps->setAccessibleName(tr("Checklist"));
    m_steps->setHeaderLabels({tr("Status"), tr("Step")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setWordWrap(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("tenantStepDetails"));
    m_details->setAccessibleName(tr("Evidence and fix of the selected step"));
    m_details->setOpenLinks(false);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reviewProbes = [](ProbeDialog &dialog) { return dialog.exec() == QDialog::Accepted; };

    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    auto *controls = new QHBoxLayout;
    controls->addWidget(userLabel);
    controls->addWidget(m_user, 1);
    controls->addWidget(m_check);
    controls->addWidget(m_probes);
    controls->addWidget(m_repair);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("tenantSplitter"));
    splitter->addWidget(m_steps);
    splitter->addWidget(m_details);
    // The eleven steps fit in half the height; the evidence and fix get the other half.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(controls);
    layout->addWidget(m_activity);
    layout->addWidget(m_caption);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    setTabOrder(m_bar->picker(), m_user);
    setTabOrder(m_user, m_check);
    setTabOrder(m_check, m_probes);
    setTabOrder(m_probes, m_repair);
    setTabOrder(m_repair, m_steps);
    setTabOrder(m_steps, m_details);

    connect(m_check, &QPushButton::clicked, this, &TenantView::check);
    connect(m_user, &QLineEdit::returnPressed, this, &TenantView::check);
    connect(m_probes, &QPushButton::clicked, this, &TenantView::chooseProbes);
    connect(m_repair, &QPushButton::clicked, this, &TenantView::repair);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, &TenantView::showDetails);
    connect(connection, &ManagementConnection::changed, this, &TenantView::followConnection);
    followConnection();
    showSummary();
    showDetails();
}

TenantView::~TenantView() = default;

QString TenantView::userId() const
{
    return m_user->text().trimmed();
}

void TenantView::setUserId(const QString &userId)
{
    m_user->setText(userId);
}

void TenantView::followConnection()
{
    if (m_client != m_connection->client()) {
        // The run in progress reads through the old client (deleted later): its report would not be this profile's.
        if (m_running.isRunning()) {
            stopDoctor();
            setStatus(tr("The check was stopped: another profile is in use now."));
        }
        m_client = m_connection->client();
    }
    markResultsOfOtherProfiles();
    updateControls();
}

bool TenantView::showsCurrentProfile() const
{
    return m_caption->hasRun() && m_caption->profileLabel() == m_connection->profileLabel() &&
           m_caption->issuer() == m_connection->profile().issuer;
}

void TenantView::markResultsOfOtherProfiles()
{
    if (!m_caption->hasRun())
        return;
    const bool other = !showsCurrentProfile();
    m_caption->setStale(other ? tr("another profile is in use now; check the tenant again") : QString());
    // Disabled widgets are drawn grey: the checklist of another tenant does not pass for this one's.
    m_summary->setEnabled(!other);
    m_steps->setEnabled(!other);
    m_details->setEnabled(!other);
}

void TenantView::updateControls()
{
    const bool ready = m_client != nullptr;
    const bool idle = !m_running.isRunning();
    m_check->setEnabled(ready && idle);
    m_probes->setEnabled(ready && idle);
    m_user->setEnabled(idle);
    const QString why = ready ? QString() : m_connection->message();
    m_check->setToolTip(!why.isEmpty() ? why
                                       : tr("Read the tenant's org_id pipeline with the Management API (read scopes "
                                            "only) and judge each step"));
    m_probes->setToolTip(!why.isEmpty() ? why
                                        : tr("Choose probes that make the tenant run its Actions or answer a forged "
                                             "token exchange"));
    QString cannotRepair = why;
    if (cannotRepair.isEmpty() && !idle)
        cannotRepair = tr("The check is running: repair once it is done");
    else if (cannotRepair.isEmpty() && !(m_report && showsCurrentProfile()))
        cannotRepair = tr("Check the tenant first: the repair starts from the checklist of this profile");
    else if (cannotRepair.isEmpty() && !m_report->anyFailed())
        cannotRepair = tr("Nothing to repair: no step of the checklist failed");
    m_repair->setEnabled(cannotRepair.isEmpty());
    m_repair->setToolTip(!cannotRepair.isEmpty()
                             ? cannotRepair
                             : tr("Plan the writes that fix the failed steps, review them, then apply them (each can "
                                  "be undone in the Audit view)"));
}

void TenantView::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    setErrorStyle(m_status, error);
    emit statusMessage(text);
}

void TenantView::checkUser(const QString &userId)
{
    setUserId(userId);
    check();
}

void TenantView::check()
{
    if (!m_client || m_running.isRunning())
        return;
    const QString user = userId();
    start({m_connection->profile(), user, false, false, {}},
          user.isEmpty() ? tr("Tenant check") : tr("Tenant check for %1").arg(user));
}

void TenantView::chooseProbes()
{
    if (!m_client || m_running.isRunning())
        return;
    const profiles::Profile profile = m_connection->profile();
    const QString user = userId();
    const QString tenant = tr("%1 (profile %2)").arg(profile.issuer.authority(), m_connection->profileLabel());
    const QString noExchange =
        profile.exchangeClientId.isEmpty() || profile.subjectTokenType.isEmpty()
            ? tr("the profile has no token exchange application or subject token type: set them in Profiles.")
            : QString();
    ProbeDialog dialog(
        tenant, {tr("Action test runs"), doctor::DoctorTexts::actionProbeNotice(), {}},
        {tr("Live token exchange"), doctor::DoctorTexts::exchangeProbeNotice(profile.issuer, user), noExchange}, this);
    if (!m_reviewProbes(dialog) || !(dialog.probeActions() || dialog.probeExchange())) {
        setStatus(tr("No probe was run."));
        return;
    }
    doctor::DoctorRequest request{profile, user, dialog.probeActions(), dialog.probeExchange(), {}};
    const QString run =
        user.isEmpty() ? tr("Tenant check with probes") : tr("Tenant check with probes for %1").arg(user);
    if (!request.probeExchange)
        return start(request, run);
    // The exchange application's secret is read for this run only: it goes into the request, never into a field.
    const profiles::ProfileKey key = m_connection->profileKey();
    const QString label = m_connection->profileLabel();
    m_connection->context().directory->readSecret(
        key, profiles::SecretKind::ExchangeClientSecret, this,
        [this, request, run, key, label](const SecretResult &result) mutable {
            if (m_connection->profileKey() != key || m_running.isRunning())
                return; // another profile was chosen meanwhile
            if (!result.ok()) {
                setStatus(profiles::ProfileDirectory::secretProblem(result, label,
                                                                    profiles::SecretKind::ExchangeClientSecret),
                          true);
                return;
            }
            request.exchangeClientSecret = result.secret;
            start(request, run);
        });
}

void TenantView::repair()
{
    if (!m_repair->isEnabled())
        return;
    // The repair plans for the checked user, with the probes the check ran (the Action probe; the exchange probe
    // needs a secret the repair does not read).
    const bool probedActions = std::any_of(m_report->probes.begin(), m_report->probes.end(), [](const auto &probe) {
        return probe.ran && probe.id == QLatin1String("actions");
    });
    auto *dialog = new RepairDialog(m_connection, m_report->userId, probedActions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RepairDialog::deviceLoginRequested, this, [this, dialog](const QString &loginHint) {
        dialog->close();
        emit deviceLoginRequested(loginHint);
    });
    connect(dialog, &RepairDialog::rechecked, this, [this](const doctor::DoctorReport &after) {
        m_caption->setRun(after.userId.isEmpty() ? tr("Tenant check after the repair")
                                                 : tr("Tenant check after the repair for %1").arg(after.userId),
                          m_connection->profileLabel(), m_connection->profile().issuer);
        showReport(after);
    });
    dialog->open();
    emit repairOpened(dialog);
}

void TenantView::start(const doctor::DoctorRequest &request, const QString &run)
{
    m_doctor = new doctor::Doctor(m_client, m_connection->context().oauth->network(), this);
    const QString label = tr("Checking %1…").arg(request.profile.issuer.authority());
    m_running.start(*m_connection->context().operations, this, label, [this] {
        stopDoctor();
        setStatus(tr("Cancelled."));
        updateControls();
    });
    connect(m_doctor, &doctor::Doctor::finished, this, [this, run](const doctor::DoctorReport &report) {
        stopDoctor();
        updateControls(); // before showReport() says checked(): the view is ready for the next check
        m_caption->setRun(run, m_connection->profileLabel(), m_connection->profile().issuer);
        showReport(report);
    });
    setStatus(label);
    updateControls();
    m_doctor->run(request);
}

void TenantView::stopDoctor()
{
    m_running.finish();
    if (m_doctor) {
        // Its requests use its parts as their context: deleting it drops them (later: it may be emitting now).
        m_doctor->disconnect(this);
        m_doctor->deleteLater();
        m_doctor = nullptr;
    }
}

void TenantView::showReport(const doctor::DoctorReport &report)
{
    m_report = report;
    m_steps->clear();
    const QColor base = palette().color(QPalette::Base);
    QTreeWidgetItem *first = nullptr; // the row to show first: the most serious finding
    int firstRank = -1;
    for (int i = 0; i < report.steps.size(); ++i) {
        const doctor::DoctorStep &step = report.steps.at(i);
        auto *item = new QTreeWidgetItem(m_steps, {statusText(step), step.title});
        item->setData(0, KindRole, StepRow);
        item->setData(0, IndexRole, i);
        item->setBackground(0, blendColours(base, statusHue(doctorStatusHue(step.status)), 0.3));
        item->setToolTip(1, step.fix.isEmpty() || step.status == StepStatus::Pass
                                ? step.title
                                : tr("%1\nFix: %2").arg(step.title, step.fix));
        if (step.critical && step.status == StepStatus::Fail) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setFont(1, bold);
        }
        const int rank = step.status == StepStatus::Fail   ? (step.critical ? 3 : 2)
                         : step.status == StepStatus::Warn ? 1
                                                           : 0;
        if (rank > firstRank) {
            first = item;
            firstRank = rank;
        }
    }
    for (int i = 0; i < report.probes.size(); ++i) {
        const doctor::ProbeOutcome &probe = report.probes.at(i);
        auto *item = new QTreeWidgetItem(m_steps, {tr("◆ Probe"), probe.result});
        item->setData(0, KindRole, ProbeRow);
        item->setData(0, IndexRole, i);
        item->setToolTip(1, probe.result);
    }
    m_steps->setCurrentItem(first);
    markResultsOfOtherProfiles();
    updateControls(); // Repair… follows the report
    showSummary();
    showDetails();
    // The summary says it on top; the window's status bar gets it too.
    m_status->clear();
    emit statusMessage(m_summary->text());
    emit checked(report);
}

void TenantView::showSummary()
{
    QPalette palette = this->palette();
    QFont font = this->font();
    m_summary->setAutoFillBackground(m_report.has_value());
    if (!m_report) {
        m_summary->setText(tr("Check tenant reads the profile's tenant with the Management API (read scopes only) "
                              "and judges its org_id pipeline step by step. Run probes… goes further once you agree "
                              "to what it sends."));
        m_summary->setFont(font);
        m_summary->setPalette(palette);
        m_summary->setProperty("critical", false);
        return;
    }
    const doctor::DoctorReport &report = *m_report;
    const int failed = countOf(report, StepStatus::Fail);
    const int warned = countOf(report, StepStatus::Warn);
    const int notChecked = countOf(report, StepStatus::NotChecked);
    const int critical = int(std::count_if(report.steps.begin(), report.steps.end(), [](const doctor::DoctorStep &s) {
        return s.critical && s.status == StepStatus::Fail;
    }));
    QStringList counts;
    if (failed > 0)
        counts << (critical > 0 ? tr("%n failed (%1 critical)", nullptr, failed).arg(critical)
                                : tr("%n failed", nullptr, failed));
    if (warned > 0)
        counts << tr("%n warning(s)", nullptr, warned);
    if (notChecked > 0)
        counts << tr("%n not checked", nullptr, notChecked);
    QString text;
    StatusHue hue = StatusHue::Good;
    if (counts.isEmpty()) {
        text = tr("✓ All %n step(s) pass.", nullptr, int(report.steps.size()));
    } else {
        const QString mark = failed > 0 ? QStringLiteral("✗") : warned > 0 ? QStringLiteral("!") : QStringLiteral("–");
        text = tr("%1 %2.").arg(mark, counts.join(QStringLiteral(", ")));
        hue = failed > 0 ? StatusHue::Bad : warned > 0 ? StatusHue::Caution : StatusHue::Neutral;
    }
    if (report.critical())
        text += QLatin1Char(' ') + tr("Critical: %1.").arg(doctor::DoctorTexts::criticalFinding(report));
    // A critical report is the one thing on the page that must not be missed: larger, bold, strongly tinted.
    font.setBold(failed > 0);
    if (report.critical())
        font.setPointSizeF(font.pointSizeF() * 1.25);
    palette.setColor(QPalette::Window,
                     blendColours(palette.color(QPalette::Base), statusHue(hue), report.critical() ? 0.45 : 0.2));
    m_summary->setText(text);
    m_summary->setFont(font);
    m_summary->setPalette(palette);
    m_summary->setProperty("critical", report.critical());
}

void TenantView::showDetails()
{
    QTreeWidgetItem *item = m_steps->currentItem();
    if (!m_report || !item) {
        m_details->setPlainText(m_report ? tr("Select a step to see its evidence and fix.") : QString());
        return;
    }
    const int index = item->data(0, IndexRole).toInt();
    QString html;
    if (item->data(0, KindRole).toInt() == StepRow) {
        const doctor::DoctorStep &step = m_report->steps.at(index);
        html =
            QStringLiteral("<p><b>%1</b> — %2</p>").arg(step.title.toHtmlEscaped(), statusText(step).toHtmlEscaped());
        html += step.evidence.isEmpty() ? QString()
                                        : QStringLiteral("<p>%1</p>").arg(tr("Evidence:")) + htmlList(step.evidence);
        if (!step.fix.isEmpty() && step.status != StepStatus::Pass)
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Fix:"), step.fix.toHtmlEscaped());
    } else {
        const doctor::ProbeOutcome &probe = m_report->probes.at(index);
        html = QStringLiteral("<p><b>%1</b></p>").arg(probe.result.toHtmlEscaped());
        if (!probe.evidence.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("Evidence:")) + htmlList(probe.evidence);
    }
    m_details->setHtml(html);
}

} // namespace orglens::widgets
