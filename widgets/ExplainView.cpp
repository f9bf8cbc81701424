#include "ExplainView.h"

#include "ActivityIndicator.h"
#include "GeneratedActionsDialog.h"
#include "ManagementConnection.h"
#include "ManagementProfileBar.h"
#include "StatusColours.h"
#include "explain/Explain.h"
#include "explain/SupportReport.h"
#include "jwt/TokenKind.h"
#include "management/DefaultOrgEditor.h"
#include "management/ManagementClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace orglens::widgets {

namespace {

using explain::Confidence;
using explain::Evidence;
using explain::FixAction;

QString confidenceText(Confidence confidence)
{
    return confidence == Confidence::Certain  ? ExplainView::tr("certain")
           : confidence == Confidence::Likely ? ExplainView::tr("likely")
                                              : ExplainView::tr("possible");
}

// The badge hue: strong for certain, softer for likely, neutral for possible (the word is the cue; colour helps).
QColor confidenceHue(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Certain:
        return statusHue(StatusHue::Bad);
    case Confidence::Likely:
        return statusHue(StatusHue::Caution);
    case Confidence::Possible:
        break;
    }
    return statusHue(StatusHue::Neutral);
}

QString sourceText(Evidence::Source source)
{
    switch (source) {
    case Evidence::Source::Token:
        return ExplainView::tr("token");
    case Evidence::Source::Session:
        return ExplainView::tr("session");
    case Evidence::Source::Profile:
        return ExplainView::tr("profile");
    case Evidence::Source::Tenant:
        return ExplainView::tr("tenant");
    }
    return {};
}

// One evidence line with a marker that does not depend on colour.
QString evidenceLine(const Evidence &evidence)
{
    QString marker;
    switch (evidence.role) {
    case Evidence::Role::Supports:
        marker = ExplainView::tr("✓ supports");
        break;
    case Evidence::Role::RulesOut:
        marker = ExplainView::tr("✗ rules out");
        break;
    case Evidence::Role::Missing:
        marker = ExplainView::tr("? missing");
        break;
    }
    return QStringLiteral("<li><b>%1</b> <i>(%2)</i>: %3</li>")
        .arg(marker.toHtmlEscaped(), sourceText(evidence.source).toHtmlEscaped(), evidence.text.toHtmlEscaped());
}

// Save dialog for the report: Markdown or JSON, the suffix following the chosen filter.
QString chooseReportPathWithDialog(QWidget *parent, const QString &suggestedPath)
{
    QFileDialog dialog(parent, ExplainView::tr("Export the hand-off report"), suggestedPath);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    const QString markdown = ExplainView::tr("Markdown (*.md)");
    const QString json = ExplainView::tr("JSON (*.json)");
    dialog.setNameFilters({markdown, json});
    dialog.setDefaultSuffix(QStringLiteral("md"));
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, json](const QString &filter) {
        dialog.setDefaultSuffix(filter == json ? QStringLiteral("json") : QStringLiteral("md"));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace

ExplainView::ExplainView(ManagementConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_bar(new ManagementProfileBar(connection, this)),
      m_token(new QPlainTextEdit(this)), m_explain(new QPushButton(tr("&Explain"), this)),
      m_useCurrent(new QPushButton(tr("Use the &inspector's token"), this)),
      m_fetch(new QPushButton(tr("Fetch &tenant evidence"), this)),
      m_generateActions(new QPushButton(tr("&Generate Actions…"), this)),
      m_checkTenant(new QPushButton(tr("C&heck the tenant"), this)),
      m_includeTokens(new QCheckBox(tr("Include t&okens"), this)),
      m_exportReport(new QPushButton(tr("Export &report…"), this)), m_verdict(new QLabel(this)),
      m_inputNotes(new QLabel(this)), m_scroll(new QScrollArea(this)), m_findings(new QWidget(m_scroll)),
      m_findingsLayout(new QVBoxLayout(m_findings)), m_status(new QLabel(this))
{
    m_bar->setObjectName(QStringLiteral("explainProfileBar"));
    m_token->setObjectName(QStringLiteral("explainTokenEdit"));
    m_token->setAccessibleName(tr("Token to explain"));
    m_token->setPlaceholderText(tr("Paste an access token or ID token (a Bearer line is fine), then Explain "
                                   "(Ctrl+Enter)"));
    m_token->setTabChangesFocus(true);
    m_token->setFixedHeight(m_token->fontMetrics().lineSpacing() * 4 + 2 * m_token->frameWidth() + 8);
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_useCurrent->setObjectName(QStringLiteral("useInspectorTokenButton"));
    m_useCurrent->hide();
    m_fetch->setObjectName(QStringLiteral("fetchEvidenceButton"));
    m_fetch->setToolTip(tr("Read the user, the user's organizations, the organizations and the client with the "
                           "Management API, then explain again"));
    m_generateActions->setObjectName(QStringLiteral("generateActionsButton"));
    m_generateActions->setAccessibleName(tr("Generate the Auth0 Actions"));
    m_generateActions->setToolTip(tr("Show the Post-Login and Custom Token Exchange Actions for the chosen profile's "
                                     "claim namespace, ready to paste into the Auth0 Dashboard"));
    m_checkTenant->setObjectName(QStringLiteral("checkTenantButton"));
    m_checkTenant->setToolTip(tr("Open the Tenant view and check the profile's tenant (its Actions, exchange "
                                 "profile and application) for the token's user"));
    m_includeTokens->setObjectName(QStringLiteral("includeTokensCheck"));
    m_includeTokens->setAccessibleName(tr("Include token values in the report"));
    m_includeTokens->setToolTip(tr("Put the access or ID token value into the exported report. Refresh tokens and "
                                   "client secrets are never included."));
    m_exportReport->setObjectName(QStringLiteral("exportReportButton"));
    m_exportReport->setAccessibleName(tr("Export the hand-off report"));
    m_exportReport->setToolTip(tr("Save the verdict, findings, decoded claims, tenant evidence and a reproduction as "
                                  "Markdown or JSON, to attach to a ticket"));
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont verdictFont = m_verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.4);
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    m_verdict->setMargin(8);
    m_verdict->setAutoFillBackground(true);
    m_inputNotes->setObjectName(QStringLiteral("explainInputNotes"));
    m_inputNotes->setWordWrap(true);
    m_inputNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_inputNotes->hide();
    m_findings->setObjectName(QStringLiteral("findingsPanel"));
    m_findingsLayout->addStretch();
    m_scroll->setObjectName(QStringLiteral("findingsScroll"));
    m_scroll->setWidget(m_findings);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirm = [this](const Confirmation &confirmation) { return askConfirmation(this, confirmation); };
    m_openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    m_chooseReportPath = [this](const QString &suggested) { return chooseReportPathWithDialog(this, suggested); };

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_explain);
    buttons->addWidget(m_useCurrent);
    buttons->addStretch();
    buttons->addWidget(m_fetch);
    // What to do with the diagnosis sits beside the verdict (and keeps the input row narrow).
    auto *outputs = new QHBoxLayout;
    outputs->addWidget(m_generateActions);
    outputs->addWidget(m_checkTenant);
    outputs->addSpacing(8);
    outputs->addWidget(m_includeTokens);
    outputs->addWidget(m_exportReport);
    outputs->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_token);
    layout->addLayout(buttons);
    m_activity = new ActivityIndicator(connection->context().operations, this, true, this);
    m_activity->setObjectName(QStringLiteral("explainActivity"));
    layout->addWidget(m_activity);
    // The verdict gets the whole width (one line at the usual sizes); what to do with it goes on the row below.
    layout->addWidget(m_verdict);
    layout->addWidget(m_inputNotes);
    layout->addLayout(outputs);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_status);
    setTabOrder(m_bar->picker(), m_token);
    setTabOrder(m_token, m_explain);
    setTabOrder(m_explain, m_useCurrent);
    setTabOrder(m_useCurrent, m_fetch);
    setTabOrder(m_fetch, m_generateActions);
    setTabOrder(m_generateActions, m_checkTenant);
    setTabOrder(m_checkTenant, m_includeTokens);
    setTabOrder(m_includeTokens, m_exportReport);

    auto *explainShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_token);
    explainShortcut->setContext(Qt::WidgetShortcut);
    connect(explainShortcut, &QShortcut::activated, this, &ExplainView::explain);
    connect(m_explain, &QPushButton::clicked, this, &ExplainView::explain);
    connect(m_useCurrent, &QPushButton::clicked, this, &ExplainView::useCurrentToken);
    connect(m_fetch, &QPushButton::clicked, this, &ExplainView::fetchTenantEvidence);
    connect(m_generateActions, &QPushButton::clicked, this, &ExplainView::showGeneratedActions);
    connect(m_checkTenant, &QPushButton::clicked, this, [this] {
        emit tenantCheckRequested(m_input ? explain::tenantEvidenceRequest(*m_input).userId : QString());
    });
    connect(m_exportReport, &QPushButton::clicked, this, &ExplainView::chooseAndExportReport);
    connect(connection, &ManagementConnection::changed, this, &ExplainView::followConnection);
    followConnection();
    showDiagnosis();
}

ExplainView::~ExplainView() = default;

void ExplainView::setProfile(const profiles::Profile &profile, const Secret &managementSecret)
{
    m_connection->setProfile(profile, managementSecret);
}

void ExplainView::setCurrentTokenSource(std::function<QString()> source)
{
    m_currentToken = std::move(source);
    m_useCurrent->setVisible(bool(m_currentToken));
}

QString ExplainView::tokenText() const
{
    return m_token->toPlainText().trimmed();
}

QString ExplainView::normalisedToken() const
{
    const auto decoded = jwt::decodeToken(tokenText());
    return decoded ? decoded->compact : tokenText();
}

void ExplainView::followConnection()
{
    const bool sameProfile = m_profileKey == m_connection->profileKey() && m_client == m_connection->client();
    if (sameProfile && (m_editor || !m_client))
        return; // the connection was only held or released
    m_client = m_connection->client();
    m_profileKey = m_connection->profileKey();
    m_fetching.finish();
    m_settingOrg.finish();
    delete m_fetcher;
    m_fetcher = nullptr;
    makeEditor();
    setBusy(false);
    if (auto *client = m_connection->client()) {
        m_fetcher = new explain::TenantEvidenceFetcher(client, this);
        connect(m_fetcher, &explain::TenantEvidenceFetcher::finished, this,
                [this](const explain::TenantEvidence &evidence) {
                    m_fetching.finish();
                    setBusy(false);
                    m_evidence = evidence;
                    explain();
                    const QString fetched =
                        evidence.unavailable.isEmpty()
                            ? tr("Tenant evidence fetched; the diagnosis above uses it.")
                            : tr("Tenant evidence fetched; %n part(s) could not be read (listed as missing).", nullptr,
                                 int(evidence.unavailable.size()));
                    setStatus(std::exchange(m_statusBeforeFetch, {}) + fetched);
                });
    }
    m_fetch->setToolTip(m_fetcher ? tr("Read the user, the user's organizations, the organizations and the client "
                                       "with the Management API, then explain again")
                                  : m_connection->message());
    // A profile change changes the diagnosis (issuer, namespace): explain the token again.
    if (!tokenText().isEmpty())
        explain();
}

void ExplainView::makeEditor()
{
    // Deleting the editor drops its callbacks and aborts its requests (they use it as their context).
    delete m_editor;
    m_editor = nullptr;
    if (auto *client = m_connection->client())
        m_editor =
            new management::DefaultOrgEditor(*client, m_connection->auditLog(), m_connection->profile().name, this);
}

void ExplainView::operationCancelled()
{
    setBusy(false);
    setStatus(tr("Cancelled."));
}

void ExplainView::startFetch(const explain::TenantEvidenceRequest &request)
{
    setBusy(true);
    const QString label = tr("Fetching tenant evidence from %1…").arg(m_connection->profile().issuer.authority());
    setStatus(label);
    m_fetching.start(*m_connection->context().operations, this, label, [this] {
        m_fetcher->cancel();
        m_statusBeforeFetch.clear();
        operationCancelled();
    });
    m_fetcher->fetch(request);
}

void ExplainView::setBusy(bool busy)
{
    m_busy = busy;
    m_fetch->setEnabled(!busy && m_fetcher && !tokenText().isEmpty());
    for (QPushButton *button : m_findings->findChildren<QPushButton *>())
        button->setEnabled(!busy);
}

void ExplainView::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    setErrorStyle(m_status, error);
    emit statusMessage(text);
}

void ExplainView::explainToken(const QString &token)
{
    m_token->setPlainText(token);
    explain();
}

void ExplainView::useCurrentToken()
{
    if (!m_currentToken)
        return;
    const QString token = m_currentToken();
    if (token.isEmpty()) {
        setStatus(tr("The inspector shows no token: paste one there or here."), true);
        return;
    }
    explainToken(token);
}

void ExplainView::explain()
{
    const QString token = tokenText();
    m_decodeError.clear();
    m_inputNotes->hide();
    if (token.isEmpty()) {
        m_input.reset();
        m_diagnosis.reset();
        showDiagnosis();
        return;
    }
    const auto decoded = jwt::decodeToken(token);
    if (jwt::tokenForm(decoded) == jwt::TokenForm::NotAToken) {
        // No verdict on text that is no token: the decode error instead, as the Tokens view shows it.
        m_decodeError = decoded.error().message;
        m_input.reset();
        m_diagnosis.reset();
        showDiagnosis();
        return;
    }
    if (decoded && !decoded->inputNotes.isEmpty()) {
        QStringList notes;
        for (const QString &note : decoded->inputNotes)
            notes << tr("Note: %1").arg(note);
        m_inputNotes->setText(notes.join(QLatin1Char('\n')));
        m_inputNotes->show();
    }
    if (token != m_evidenceToken) {
        m_evidence = {};
        m_evidenceToken = token;
    }
    // The engine, the session lookup and the report get the token as one unbroken string.
    const QByteArray compact = (decoded ? decoded->compact : token).toUtf8();
    const auto *history = m_connection->context().history;
    explain::ExplainInput input = history ? explain::inputFromHistory(*history, compact) : explain::ExplainInput{};
    input.token = compact;
    if (!m_connection->profile().issuer.isEmpty())
        input.profile = m_connection->profile();
    input.tenant = m_evidence;
    m_diagnosis = explain::diagnose(input);
    m_input = std::move(input);
    showDiagnosis();
    emit diagnosed();
}

void ExplainView::showDiagnosis()
{
    while (QLayoutItem *item = m_findingsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QPalette palette = this->palette();
    if (!m_diagnosis) {
        // The "Error:" prefix is the cue that does not depend on colour.
        m_verdict->setText(!m_decodeError.isEmpty()
                               ? tr("Error: %1").arg(m_decodeError)
                               : tr("Paste a token, or use the inspector's, and Explain: OrgLens tells whether it "
                                    "carries org_id and, if not, why — with the evidence and the fix."));
        m_verdict->setFont(font());
        m_verdict->setPalette(palette);
        setErrorStyle(m_verdict, !m_decodeError.isEmpty());
        m_findingsLayout->addStretch();
        m_exportReport->setEnabled(false);
        setBusy(m_busy);
        return;
    }
    m_exportReport->setEnabled(true);
    QFont verdictFont = font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.4);
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    const auto decoded = jwt::decodeToken(tokenText());
    const QString orgId = decoded ? decoded->payload.value(QLatin1String("org_id")).toString() : QString();
    m_verdict->setText(m_diagnosis->hasOrgId ? tr("✓ This token has org_id: %1").arg(orgId)
                                             : tr("✗ This token lacks org_id"));
    const QColor hue = statusHue(m_diagnosis->hasOrgId ? StatusHue::Good : StatusHue::Bad);
    palette.setColor(QPalette::Window, blendColours(palette.color(QPalette::Base), hue, 0.25));
    m_verdict->setPalette(palette);
    if (m_diagnosis->findings.isEmpty()) {
        auto *none = new QLabel(tr("No rule matched this input."), m_findings);
        none->setObjectName(QStringLiteral("noFindingsLabel"));
        m_findingsLayout->addWidget(none);
    }
    bool actionsOffered = false; // on the first card whose fix needs them (one mnemonic)
    for (int i = 0; i < m_diagnosis->findings.size(); ++i) {
        const explain::Finding &finding = m_diagnosis->findings.at(i);
        const bool offerActions = !actionsOffered && finding.offersGeneratedActions;
        actionsOffered = actionsOffered || offerActions;
        m_findingsLayout->addWidget(findingCard(finding, i, offerActions));
    }
    m_findingsLayout->addStretch();
    setBusy(m_busy);
}

QWidget *ExplainView::findingCard(const explain::Finding &finding, int index, bool offerActions)
{
    auto *card = new QFrame(m_findings);
    card->setObjectName(QStringLiteral("finding_%1").arg(finding.id));
    card->setProperty("findingId", finding.id);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAccessibleName(tr("Finding %1: %2").arg(index + 1).arg(finding.title));
    auto *layout = new QVBoxLayout(card);

    auto *badge = new QLabel(confidenceText(finding.confidence).toUpper(), card);
    badge->setObjectName(QStringLiteral("confidenceBadge"));
    badge->setProperty("confidence", explain::confidenceName(finding.confidence));
    badge->setAlignment(Qt::AlignCenter);
    badge->setMargin(3);
    badge->setAutoFillBackground(true);
    QPalette badgePalette = badge->palette();
    badgePalette.setColor(QPalette::Window,
                          blendColours(badgePalette.color(QPalette::Base), confidenceHue(finding.confidence), 0.35));
    badge->setPalette(badgePalette);
    QFont bold = badge->font();
    bold.setBold(true);
    badge->setFont(bold);
    badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *title = new QLabel(QStringLiteral("%1. %2").arg(index + 1).arg(finding.title), card);
    title->setObjectName(QStringLiteral("findingTitle"));
    title->setWordWrap(true);
    title->setFont(bold);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *id = new QLabel(finding.id, card);
    id->setObjectName(QStringLiteral("findingId"));
    id->setEnabled(false); // dimmed: the stable rule id, for support tickets
    auto *header = new QHBoxLayout;
    header->addWidget(badge, 0, Qt::AlignTop);
    header->addWidget(title, 1);
    header->addWidget(id, 0, Qt::AlignTop);
    layout->addLayout(header);

    QString html;
    if (!finding.evidence.isEmpty()) {
        // No bullets: each line starts with its own marker (supports / rules out / missing).
        html +=
            QStringLiteral("<p><b>%1</b></p><ul style=\"list-style-type: none;\">").arg(tr("Evidence").toHtmlEscaped());
        for (const Evidence &evidence : finding.evidence)
            html += evidenceLine(evidence);
        html += QStringLiteral("</ul>");
    }
    if (!finding.fixSteps.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("Fix").toHtmlEscaped());
        for (const QString &step : finding.fixSteps)
            html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    auto *body = new QLabel(html, card);
    body->setObjectName(QStringLiteral("findingBody"));
    body->setTextFormat(Qt::RichText);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(body);

    if (!finding.actions.isEmpty() || offerActions) {
        auto *actions = new QHBoxLayout;
        for (const FixAction &action : finding.actions) {
            auto *button = new QPushButton(action.label, card);
            button->setObjectName(QStringLiteral("fixActionButton"));
            button->setProperty("actionKind", explain::actionKindName(action.kind()));
            button->setAccessibleName(tr("%1 (finding %2)").arg(action.label).arg(index + 1));
            connect(button, &QPushButton::clicked, this, [this, action] { triggerAction(action); });
            actions->addWidget(button);
        }
        if (offerActions) {
            auto *button = new QPushButton(tr("Show the &Actions to paste…"), card);
            button->setObjectName(QStringLiteral("findingActionsButton"));
            button->setAccessibleName(tr("Show the generated Auth0 Actions (finding %1)").arg(index + 1));
            connect(button, &QPushButton::clicked, this, &ExplainView::showGeneratedActions);
            actions->addWidget(button);
        }
        actions->addStretch();
        layout->addLayout(actions);
    }
    return card;
}

void ExplainView::fetchTenantEvidence()
{
    if (!m_fetcher) {
        setStatus(m_connection->message(), true);
        return;
    }
    if (tokenText().isEmpty())
        return;
    if (tokenText() != m_evidenceToken)
        explain();
    if (!m_decodeError.isEmpty())
        return; // no token: nothing to look up
    explain::ExplainInput input;
    input.token = tokenText().toUtf8();
    startFetch(explain::tenantEvidenceRequest(input));
}

void ExplainView::triggerAction(const explain::FixAction &action)
{
    struct Trigger {
        ExplainView *view;
        void operator()(const explain::SetDefaultOrgFix &fix) const { view->setDefaultOrg(fix.userId, fix.orgId); }
        void operator()(const explain::LoginWithOrganizationFix &fix) const
        {
            emit view->loginWithOrganizationRequested(fix.flow, fix.organization);
        }
        void operator()(const explain::RunExchangeFix &fix) const
        {
            emit view->exchangeRequested(view->normalisedToken(), fix.organization);
        }
        void operator()(const explain::OpenTenantSettingsFix &fix) const { view->openTenantSettings(fix.url); }
        void operator()(const explain::TenantEvidenceRequest &request) const
        {
            if (!view->m_fetcher) {
                view->setStatus(view->m_connection->message(), true);
                return;
            }
            view->startFetch(request);
        }
    };
    std::visit(Trigger{this}, action.payload);
}

void ExplainView::openTenantSettings(const QUrl &url)
{
    if (!url.isValid() || !m_confirm({tr("Open tenant settings"), tr("Open this tenant settings page in your browser?"),
                                      url.toString(QUrl::RemoveUserInfo), tr("Open in browser")}))
        return;
    if (m_openUrl(url))
        emit tenantSettingsOpened(url);
    else
        setStatus(tr("No browser could open %1.").arg(url.toString(QUrl::RemoveUserInfo)), true);
}

void ExplainView::setDefaultOrg(const QString &userId, const QString &orgId)
{
    if (!m_editor) {
        setStatus(m_connection->message(), true);
        return;
    }
    if (userId.isEmpty() || orgId.isEmpty()) {
        setStatus(tr("The finding names no user or organization to set: fetch the tenant evidence first."), true);
        return;
    }
    setBusy(true);
    const QString checking = tr("Checking %1's membership of %2…").arg(userId, orgId);
    setStatus(checking);
    OperationTracker &operations = *m_connection->context().operations;
    m_settingOrg.start(operations, this, checking, [this] {
        makeEditor();
        operationCancelled();
    });
    // The editor's plan checks that the user is a member: a default organization the user is not a member of could
    // not appear on the user's tokens.
    m_editor->plan(userId, orgId, false, false, [this, &operations](const Result<management::DefaultOrgChange> &plan) {
        m_settingOrg.finish();
        if (!plan) {
            setBusy(false);
            setStatus(plan.error().message, true);
            return;
        }
        if (!plan->changes()) {
            setBusy(false);
            setStatus(tr("default_org_id of %1 is already %2.").arg(plan->userId, plan->after.toString()));
            return;
        }
        const QString before = plan->before.isString() ? plan->before.toString() : tr("(none)");
        const QString details = tr("app_metadata.default_org_id of %1: %2 → %3\n\nOnly this key is changed; the "
                                   "change is recorded in the audit log. Tokens issued from now on carry it; log in "
                                   "again (or refresh) to get one.")
                                    .arg(plan->userId, before, plan->after.toString());
        if (!m_confirm(
                m_connection->writeConfirmation(tr("Set default organization"), details, tr("Set default org")))) {
            setBusy(false);
            setStatus(tr("Nothing changed."));
            return;
        }
        // A write in flight cannot be taken back by aborting it: progress, but no Cancel.
        m_settingOrg.start(operations, this, tr("Setting default_org_id of %1…").arg(plan->userId))
            ->setCancellable(false);
        m_editor->apply(plan.value(), QStringLiteral("set"), {}, [this](const Result<management::AuditEntry> &entry) {
            m_settingOrg.finish();
            setBusy(false);
            if (!entry) {
                setStatus(entry.error().message, true);
                return;
            }
            emit defaultOrgChanged(entry.value());
            fetchTenantEvidence(); // the diagnosis follows the tenant's new state
            m_statusBeforeFetch = tr("default_org_id of %1 is now %2 (verified; audit entry %3). Log in again to get "
                                     "a token with it. ")
                                      .arg(entry->userId, entry->after.toString(), entry->id);
        });
    });
}

} // namespace orglens::widgets

namespace orglens::widgets {

void ExplainView::showGeneratedActions()
{
    // Always from the profile in use now: a dialog left open from another profile is replaced.
    delete m_actionsDialog;
    m_actionsDialog = new GeneratedActionsDialog(m_connection->profile(), this);
    m_actionsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_actionsDialog->show();
}

void ExplainView::chooseAndExportReport()
{
    if (!m_diagnosis)
        return;
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(directory).filePath(QStringLiteral("orglens-report-%1.md")
                                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString path = m_chooseReportPath(suggested);
    if (!path.isEmpty())
        exportReport(path, m_includeTokens->isChecked());
}

bool ExplainView::exportReport(const QString &path, bool includeTokens)
{
    if (!m_diagnosis || !m_input) {
        setStatus(tr("Nothing to export yet: explain a token first."), true);
        return false;
    }
    const auto written =
        explain::writeSupportReport(explain::supportReportInput(*m_input, *m_diagnosis, includeTokens), path);
    if (!written) {
        setStatus(tr("%1 Nothing was written; choose a folder you can write to.").arg(written.error().message), true);
        return false;
    }
    const QString format = *written == QLatin1String("json") ? tr("JSON") : tr("Markdown");
    setStatus(includeTokens
                  ? tr("Report exported to %1 (%2, with the token value).").arg(QDir::toNativeSeparators(path), format)
                  : tr("Report exported to %1 (%2, no token values).").arg(QDir::toNativeSeparators(path), format));
    return true;
}

} // namespace orglens::widgets
