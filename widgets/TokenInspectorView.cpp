#include "TokenInspectorView.h"

#include "ActivityIndicator.h"
#include "ClaimItemDelegate.h"
#include "LifetimeTimeline.h"
#include "StatusColours.h"
#include "jwt/TokenTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace orglens::widgets {

namespace {

using jwt::TokenTreeModel;

// Long enough to skip the work between keystrokes, short enough to feel immediate.
constexpr int DecodeDelayMs = 150;
// Relative times ("expires in 3 min") are recomputed this often.
constexpr int TimeRefreshMs = 30 * 1000;

QString colouredSpan(const QString &text, const QColor &colour, bool bold = false)
{
    return QStringLiteral("<span style=\"color:%1;%2\">%3</span>")
        .arg(colour.name(), bold ? QStringLiteral("font-weight:bold;") : QString(), text.toHtmlEscaped());
}

QLabel *makeWrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString bulletList(const QStringList &lines)
{
    QStringList bulleted;
    for (const QString &line : lines)
        bulleted << QStringLiteral("• ") + line;
    return bulleted.join(QLatin1Char('\n'));
}

} // namespace

TokenInspectorView::TokenInspectorView(QWidget *parent)
    : QWidget(parent), m_clock(&Clock::system()), m_model(new TokenTreeModel(this))
{
    setObjectName(QStringLiteral("tokenInspector"));
    buildUi();

    m_decodeTimer = new QTimer(this);
    m_decodeTimer->setObjectName(QStringLiteral("decodeTimer"));
    m_decodeTimer->setSingleShot(true);
    m_decodeTimer->setInterval(DecodeDelayMs);
    connect(m_decodeTimer, &QTimer::timeout, this, &TokenInspectorView::decodeInput);
    connect(m_input, &QPlainTextEdit::textChanged, m_decodeTimer, qOverload<>(&QTimer::start));

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(TimeRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &TokenInspectorView::refreshTimes);

    applyPaletteColours();
    showEmptyState();
}

TokenInspectorView::~TokenInspectorView() = default;

void TokenInspectorView::buildUi()
{
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("tokenInput"));
    m_input->setPlaceholderText(tr("Paste a token (JWT, 'Bearer …' or an Authorization header line)"));
    m_input->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_input->setWordWrapMode(QTextOption::WrapAnywhere); // a token is one long word
    m_input->setTabChangesFocus(true);
    m_input->setAccessibleName(tr("Token"));
    // The placeholder is prose, in the window's font; a token is shown in the monospace font. So the empty view
    // that every start shows needs no second font.
    connect(m_input, &QPlainTextEdit::textChanged, this, &TokenInspectorView::updateInputFont);
    updateInputHeight();

    m_error = makeWrappingLabel(QStringLiteral("decodeError"), this);
    m_error->setTextFormat(Qt::PlainText);

    m_emptyState = new QLabel(tr("Paste a token or log in to start"), this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setEnabled(false); // drawn in the palette's disabled text colour: a hint, not content

    m_body = new QStackedWidget(this);
    m_body->setObjectName(QStringLiteral("inspectorBody"));
    m_body->addWidget(m_emptyState);
    // Shown under a decode error: nothing to inspect, and the error line stays right below the input.
    m_nothingDecoded = new QWidget(m_body);
    m_nothingDecoded->setObjectName(QStringLiteral("nothingDecoded"));
    m_body->addWidget(m_nothingDecoded);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_error);
    layout->addWidget(m_body, 1);

    setFocusProxy(m_input);
}

// The results pane (claims, timeline, encoded token …) is built with the first token: the empty view, which
// every start shows, needs none of it.
void TokenInspectorView::ensureResults()
{
    if (m_results)
        return;
    const QFont monospace = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_results = new QWidget(m_body);
    m_results->setObjectName(QStringLiteral("results"));

    m_kind = makeWrappingLabel(QStringLiteral("tokenKind"), m_results);
    m_kind->setTextFormat(Qt::PlainText);
    QFont bold = m_kind->font();
    bold.setBold(true);
    m_kind->setFont(bold);
    m_kindReasons = makeWrappingLabel(QStringLiteral("kindReasons"), m_results);
    m_kindReasons->setTextFormat(Qt::PlainText);

    m_verificationBadge = new QLabel(m_results);
    m_verificationBadge->setObjectName(QStringLiteral("verificationBadge"));
    m_verificationBadge->setFrameShape(QFrame::Box); // a tag, not a button
    m_verificationBadge->setMargin(4);
    m_verificationBadge->setTextFormat(Qt::PlainText);
    m_validationReport = makeWrappingLabel(QStringLiteral("validationReport"), m_results);
    m_validationReport->setTextFormat(Qt::PlainText);

    m_timeline = new LifetimeTimeline(m_results);

    m_unknownIssuerBar = new QFrame(m_results);
    m_unknownIssuerBar->setObjectName(QStringLiteral("unknownIssuerBar"));
    static_cast<QFrame *>(m_unknownIssuerBar)->setFrameShape(QFrame::StyledPanel);
    m_unknownIssuerText = makeWrappingLabel(QStringLiteral("unknownIssuerText"), m_unknownIssuerBar);
    m_unknownIssuerText->setTextFormat(Qt::PlainText);
    m_addTenant = new QToolButton(m_unknownIssuerBar);
    m_addTenant->setObjectName(QStringLiteral("addTenantButton"));
    m_addTenant->setText(tr("&Add this tenant…"));
    m_addTenant->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_addTenant, &QToolButton::clicked, this,
            [this] { emit addTenantRequested(m_unknownIssuerBar->property("issuer").toString()); });
    auto *issuerLayout = new QHBoxLayout(m_unknownIssuerBar);
    issuerLayout->setContentsMargins(6, 4, 6, 4);
    issuerLayout->addWidget(m_unknownIssuerText, 1);
    issuerLayout->addWidget(m_addTenant);
    m_unknownIssuerBar->hide();

    m_inputNotes = makeWrappingLabel(QStringLiteral("inputNotes"), m_results);
    m_inputNotes->setTextFormat(Qt::PlainText);
    m_warnings = makeWrappingLabel(QStringLiteral("warnings"), m_results);
    m_warnings->setTextFormat(Qt::RichText);

    m_compactToken = new QTextEdit(m_results);
    m_compactToken->setObjectName(QStringLiteral("compactToken"));
    m_compactToken->setReadOnly(true);
    m_compactToken->setFont(monospace);
    m_compactToken->setWordWrapMode(QTextOption::WrapAnywhere);
    m_compactToken->setAccessibleName(tr("Encoded token"));
    m_compactToken->setFixedHeight(QFontMetrics(monospace).lineSpacing() * 3 + 2 * m_compactToken->frameWidth() + 8);
    m_compactToken->setTabChangesFocus(true);
    m_partLegend = new QLabel(m_results);
    m_partLegend->setObjectName(QStringLiteral("partLegend"));
    m_partLegend->setTextFormat(Qt::RichText);
    m_partLegend->setWordWrap(true); // the findings pane must not be wider than the window

    m_rawJsonToggle = new QToolButton(m_results);
    m_rawJsonToggle->setObjectName(QStringLiteral("rawJsonToggle"));
    m_rawJsonToggle->setText(tr("&Raw JSON"));
    m_rawJsonToggle->setToolTip(tr("Show the decoded header and payload as pretty-printed JSON"));
    m_rawJsonToggle->setCheckable(true);

    m_tree = new QTreeView(m_results);
    m_tree->setObjectName(QStringLiteral("claimTree"));
    // The claim filter: rows that mention the text (claim, value or meaning), with the sections leading to them.
    m_filtered = new QSortFilterProxyModel(this);
    m_filtered->setSourceModel(m_model);
    m_filtered->setRecursiveFilteringEnabled(true);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tree->setModel(m_filtered);
    m_tree->setItemDelegate(new ClaimItemDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Claims"));

    m_rawJson = new QPlainTextEdit(m_results);
    m_rawJson->setObjectName(QStringLiteral("rawJson"));
    m_rawJson->setReadOnly(true);
    m_rawJson->setFont(monospace);
    m_rawJson->setAccessibleName(tr("Raw JSON"));

    m_claimsStack = new QStackedWidget(m_results);
    m_claimsStack->setObjectName(QStringLiteral("claimsStack"));
    m_claimsStack->addWidget(m_tree);
    m_claimsStack->addWidget(m_rawJson);
    connect(m_rawJsonToggle, &QToolButton::toggled, this, [this](bool raw) {
        m_claimsStack->setCurrentWidget(raw ? static_cast<QWidget *>(m_rawJson) : m_tree);
        m_claimDetails->setVisible(!raw);
        // The title says which view is shown: a checked tool button alone is easy to miss.
        m_claimsTitle->setText(raw ? tr("Decoded JSON") : tr("Claims"));
    });

    m_copyValueAction = new QAction(tr("Copy value"), m_tree);
    m_copyValueAction->setObjectName(QStringLiteral("copyValueAction"));
    m_copyValueAction->setShortcut(QKeySequence::Copy);
    m_copyValueAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyValueAction, &QAction::triggered, this, &TokenInspectorView::copySelectedValue);
    m_copyPathAction = new QAction(tr("Copy path"), m_tree);
    m_copyPathAction->setObjectName(QStringLiteral("copyPathAction"));
    m_copyPathAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyPathAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyPathAction, &QAction::triggered, this, &TokenInspectorView::copySelectedPath);
    m_tree->addActions({m_copyValueAction, m_copyPathAction});
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TokenInspectorView::updateCopyActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TokenInspectorView::updateCopyActions);

    // Cells are elided to keep one line per claim; the selected row is shown here in full (and as tooltips).
    m_claimDetails = makeWrappingLabel(QStringLiteral("claimDetails"), m_results);
    m_claimDetails->setTextFormat(Qt::PlainText);
    m_claimDetails->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_claimDetails->setMinimumHeight(m_claimDetails->fontMetrics().lineSpacing() * 4);
    m_claimDetails->setFrameShape(QFrame::StyledPanel);
    m_claimDetails->setMargin(4);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TokenInspectorView::showClaimDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showClaimDetails(m_tree->currentIndex()); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showClaimDetails(m_tree->currentIndex()); });

    // Layout: summary line (kind + badge), evidence, encoded token, then the claims taking the remaining height.
    auto *summary = new QHBoxLayout;
    summary->addWidget(m_kind, 1);
    summary->addWidget(m_verificationBadge, 0, Qt::AlignTop);
    auto *claimsHeader = new QHBoxLayout;
    m_claimsTitle = new QLabel(tr("Claims"), m_results);
    m_claimsTitle->setObjectName(QStringLiteral("claimsTitle"));
    m_claimsTitle->setFont(bold);
    m_claimFilter = new QLineEdit(m_results);
    m_claimFilter->setObjectName(QStringLiteral("claimFilter"));
    m_claimFilter->setPlaceholderText(tr("Find a claim or value (Ctrl+F)"));
    m_claimFilter->setAccessibleName(tr("Find claim"));
    m_claimFilter->setClearButtonEnabled(true);
    connect(m_claimFilter, &QLineEdit::textChanged, this, &TokenInspectorView::applyClaimFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TokenInspectorView::applyClaimFilter);
    const auto makeCopyButton = [this](QAction *action, const QString &name) {
        auto *button = new QToolButton(m_results);
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    m_copyValueButton = makeCopyButton(m_copyValueAction, QStringLiteral("copyValueButton"));
    m_copyPathButton = makeCopyButton(m_copyPathAction, QStringLiteral("copyPathButton"));
    claimsHeader->addWidget(m_claimsTitle);
    claimsHeader->addWidget(m_claimFilter, 1);
    claimsHeader->addWidget(m_copyValueButton);
    claimsHeader->addWidget(m_copyPathButton);
    claimsHeader->addWidget(m_rawJsonToggle);

    // The findings scroll in the upper pane, the claims fill the lower one; the user moves the split (restored).
    auto *findings = new QWidget;
    findings->setObjectName(QStringLiteral("findings"));
    auto *findingsLayout = new QVBoxLayout(findings);
    findingsLayout->setContentsMargins(0, 0, 4, 0);
    findingsLayout->addLayout(summary);
    m_activity = new ActivityIndicator(m_operations, this, true, this);
    m_activity->setObjectName(QStringLiteral("inspectorActivity"));
    findingsLayout->addWidget(m_activity);
    findingsLayout->addWidget(m_unknownIssuerBar);
    findingsLayout->addWidget(m_timeline);
    findingsLayout->addWidget(m_kindReasons);
    findingsLayout->addWidget(m_inputNotes);
    findingsLayout->addWidget(m_warnings);
    findingsLayout->addWidget(m_validationReport);
    findingsLayout->addWidget(m_partLegend);
    findingsLayout->addWidget(m_compactToken);
    findingsLayout->addStretch();
    m_findingsArea = new QScrollArea(m_results);
    m_findingsArea->setObjectName(QStringLiteral("findingsArea"));
    m_findingsArea->setWidget(findings);
    m_findingsArea->setWidgetResizable(true);
    m_findingsArea->setFrameShape(QFrame::NoFrame);
    m_findingsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *claims = new QWidget(m_results);
    claims->setObjectName(QStringLiteral("claimsPane"));
    auto *claimsLayout = new QVBoxLayout(claims);
    claimsLayout->setContentsMargins(0, 0, 0, 0);
    claimsLayout->addLayout(claimsHeader);
    claimsLayout->addWidget(m_claimsStack, 1);
    claimsLayout->addWidget(m_claimDetails);

    m_splitter = new QSplitter(Qt::Vertical, m_results);
    m_splitter->setObjectName(QStringLiteral("inspectorSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_findingsArea);
    m_splitter->addWidget(claims);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    auto *resultsLayout = new QVBoxLayout(m_results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_splitter);

    m_body->insertWidget(1, m_results);
    setResultsTabOrder();
    resetVerification();
    applyPaletteColours();
    showClaimDetails({});
    updateCopyActions();
}

// Tab follows the layout, top to bottom and left to right, rather than the order the widgets were made in.
void TokenInspectorView::setResultsTabOrder()
{
    const QList<QWidget *> layoutOrder{m_input,           m_error,
                                       m_findingsArea,    m_kind,
                                       m_activity,        m_unknownIssuerBar,
                                       m_kindReasons,     m_inputNotes,
                                       m_warnings,        m_validationReport,
                                       m_compactToken,    m_claimFilter,
                                       m_copyValueButton, m_copyPathButton,
                                       m_rawJsonToggle,   m_claimsStack,
                                       m_claimDetails};
    // setTabOrder ignores widgets without focus: a container stands for its focusable children.
    QList<QWidget *> stops;
    for (QWidget *widget : layoutOrder) {
        if (widget->focusPolicy() != Qt::NoFocus) {
            stops << widget;
            continue;
        }
        for (QWidget *child : widget->findChildren<QWidget *>()) {
            if (child->focusPolicy() != Qt::NoFocus)
                stops << child;
        }
    }
    for (qsizetype i = 1; i < stops.size(); ++i)
        setTabOrder(stops.at(i - 1), stops.at(i));
}

void TokenInspectorView::updateInputFont()
{
    const bool monospace = !m_input->document()->isEmpty();
    if (monospace == m_monospaceInput)
        return;
    m_monospaceInput = monospace;
    // An empty QFont inherits the view's font again.
    m_input->setFont(monospace ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : QFont());
    updateInputHeight();
}

void TokenInspectorView::updateInputHeight()
{
    // Four lines of the font in use, never shrinking (no jump when the input is emptied again).
    const int height = m_input->fontMetrics().lineSpacing() * 4 + 2 * m_input->frameWidth() + 8;
    m_input->setFixedHeight(qMax(height, m_input->minimumHeight()));
}

void TokenInspectorView::setToken(const QString &text)
{
    m_input->setPlainText(text);
    m_decodeTimer->stop();
    decodeInput();
}

QString TokenInspectorView::tokenText() const
{
    return m_input->toPlainText();
}

void TokenInspectorView::focusInput()
{
    m_input->setFocus(Qt::ShortcutFocusReason);
    m_input->selectAll();
}

void TokenInspectorView::setClock(const Clock &clock)
{
    m_clock = &clock;
    refreshTimes();
}

void TokenInspectorView::setVerificationBadge(const QString &text, const QString &toolTip)
{
    ensureResults();
    m_verificationBadge->setText(text);
    m_verificationBadge->setToolTip(toolTip);
    m_verificationBadge->setAccessibleName(tr("Signature: %1").arg(text));
}

void TokenInspectorView::setOperationTracker(OperationTracker *tracker)
{
    m_operations = tracker;
    if (m_activity) // else the results pane, built with the first token, picks it up
        m_activity->setTracker(tracker);
}

void TokenInspectorView::setVerificationState(BadgeState state, const QString &text, const QString &toolTip)
{
    ensureResults();
    m_badgeState = state;
    // The mark repeats the verdict without colour.
    QString mark;
    switch (state) {
    case BadgeState::Verified:
        mark = QStringLiteral("\u2713 ");
        break;
    case BadgeState::InvalidSignature:
        mark = QStringLiteral("\u2717 ");
        break;
    case BadgeState::UnknownKey:
    case BadgeState::Failed:
        mark = QStringLiteral("? ");
        break;
    case BadgeState::NotChecked:
    case BadgeState::Checking:
        break;
    }
    setVerificationBadge(mark + text, toolTip);
    applyBadgeStyle();
}

void TokenInspectorView::applyBadgeStyle()
{
    QPalette badge = palette();
    QColor hue;
    if (m_badgeState == BadgeState::Verified)
        hue = statusHue(StatusHue::Good);
    else if (m_badgeState == BadgeState::InvalidSignature)
        hue = statusHue(StatusHue::Bad);
    else if (m_badgeState == BadgeState::UnknownKey || m_badgeState == BadgeState::Failed)
        hue = statusHue(StatusHue::Caution);
    if (hue.isValid()) {
        badge.setColor(QPalette::Window, blendColours(palette().color(QPalette::Base), hue, 0.25));
        m_verificationBadge->setAutoFillBackground(true);
    } else {
        m_verificationBadge->setAutoFillBackground(false);
    }
    m_verificationBadge->setPalette(badge);
}

void TokenInspectorView::setUnknownIssuer(const QString &issuer)
{
    ensureResults();
    m_unknownIssuerBar->setProperty("issuer", issuer);
    m_unknownIssuerText->setText(
        tr("No profile has the issuer %1, so the signature cannot be checked. Add the tenant as a profile to verify "
           "this token with its published keys (nothing is fetched until you confirm).")
            .arg(issuer));
    m_unknownIssuerBar->setVisible(!issuer.isEmpty());
}

void TokenInspectorView::focusFind()
{
    if (m_body->currentWidget() != m_results) {
        focusInput();
        return;
    }
    m_rawJsonToggle->setChecked(false);
    m_claimFilter->setFocus(Qt::ShortcutFocusReason);
    m_claimFilter->selectAll();
}

void TokenInspectorView::setValidationReport(const QString &report)
{
    ensureResults();
    m_validationReport->setText(report);
    m_validationReport->setVisible(!report.isEmpty());
}

void TokenInspectorView::resetVerification()
{
    setUnknownIssuer({});
    setVerificationState(BadgeState::NotChecked, tr("Signature not checked"),
                         tr("The token was decoded locally. Its signature has not been verified, so nothing in it "
                            "can be trusted yet."));
    setValidationReport({});
}

void TokenInspectorView::decodeInput()
{
    if (m_input->toPlainText().trimmed().isEmpty()) {
        showEmptyState();
        return;
    }
    const auto decoded = jwt::decodeToken(m_input->toPlainText());
    if (!decoded.ok()) {
        showError(decoded.error());
        return;
    }
    const bool sameToken = m_inspection && m_inspection->token.compact == decoded->compact;
    showInspection(jwt::inspectToken(decoded.value(), *m_clock), sameToken);
}

void TokenInspectorView::refreshTimes()
{
    if (m_inspection)
        showInspection(jwt::inspectToken(m_inspection->token, *m_clock), true);
}

void TokenInspectorView::showEmptyState()
{
    const bool hadToken = m_inspection.has_value();
    m_inspection.reset();
    m_refreshTimer->stop();
    m_model->clear();
    m_error->hide();
    m_body->setCurrentWidget(m_emptyState);
    if (hadToken)
        emit tokenCleared();
}

void TokenInspectorView::showError(const Error &error)
{
    const bool hadToken = m_inspection.has_value();
    m_inspection.reset();
    m_refreshTimer->stop();
    m_model->clear();
    // An opaque or encrypted token is a token that cannot be read here, said plainly; anything else is a mistake,
    // with the "Error:" prefix as the cue that does not depend on colour.
    m_errorIsToken = jwt::tokenForm(error) != jwt::TokenForm::NotAToken;
    m_error->setText(m_errorIsToken ? error.message : tr("Error: %1").arg(error.message));
    applyErrorColour();
    m_error->show();
    m_body->setCurrentWidget(m_nothingDecoded);
    if (hadToken)
        emit tokenCleared();
}

void TokenInspectorView::showInspection(const jwt::TokenInspection &inspection, bool sameToken)
{
    ensureResults();
    m_inspection = inspection;
    m_error->hide();
    m_body->setCurrentWidget(m_results);

    m_kind->setText(inspection.kind.describe());
    m_kindReasons->setText(bulletList(inspection.kind.reasons));
    m_kindReasons->setVisible(!inspection.kind.reasons.isEmpty());

    QStringList notes;
    for (const QString &note : inspection.token.inputNotes)
        notes << tr("Note: %1").arg(note);
    m_inputNotes->setText(notes.join(QLatin1Char('\n')));
    m_inputNotes->setVisible(!notes.isEmpty());

    QStringList warnings;
    for (const auto &warning : inspection.warnings)
        warnings << tr("<b>Warning:</b> %1").arg(warning.message.toHtmlEscaped());
    m_warnings->setText(warnings.join(QStringLiteral("<br>")));
    m_warnings->setVisible(!warnings.isEmpty());

    m_model->setInspection(inspection);
    updateTimeline();
    if (!sameToken) {
        resetVerification();
        renderCompactToken();
        updateRawJson();
        m_tree->expandToDepth(1);
        resizeColumns();
        // A new token is read from its beginning: its kind, then its first claims.
        m_findingsArea->ensureVisible(0, 0);
        m_tree->scrollToTop();
        m_rawJson->moveCursor(QTextCursor::Start);
    }
    m_refreshTimer->start();
    emit tokenInspected(inspection);
}

void TokenInspectorView::applyClaimFilter()
{
    const QString needle = m_claimFilter->text().trimmed();
    m_filtered->setFilterFixedString(needle);
    if (!needle.isEmpty())
        m_tree->expandAll(); // what is left is what was asked for
}

void TokenInspectorView::updateTimeline()
{
    const auto time = [this](const char *claim) {
        const QJsonValue value = m_inspection->token.payload.value(QLatin1String(claim));
        return value.isDouble() ? QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC) : QDateTime();
    };
    m_timeline->setTimes(time("iat"), time("nbf"), time("exp"), m_clock->now());
}

void TokenInspectorView::renderCompactToken()
{
    if (!m_inspection) {
        m_compactToken->clear();
        m_partLegend->clear();
        return;
    }
    const QStringList parts = m_inspection->token.compact.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return;
    const TokenPartColours colours = tokenPartColours(palette());
    const QString dot = QStringLiteral(".");
    m_compactToken->setHtml(colouredSpan(parts[0], colours.header) + dot + colouredSpan(parts[1], colours.payload) +
                            dot + colouredSpan(parts[2], colours.signature));
    // The labels name each part, so the colours are a help but not the only cue.
    m_partLegend->setText(
        tr("Encoded token: %1 . %2 . %3")
            .arg(
                colouredSpan(tr("Header (%n characters)", nullptr, int(parts[0].size())), colours.header, true),
                colouredSpan(tr("Payload (%n characters)", nullptr, int(parts[1].size())), colours.payload, true),
                colouredSpan(tr("Signature (%n characters)", nullptr, int(parts[2].size())), colours.signature, true)));
}

void TokenInspectorView::updateRawJson()
{
    if (!m_inspection) {
        m_rawJson->clear();
        return;
    }
    const auto pretty = [](const QJsonObject &object) {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
    };
    m_rawJson->setPlainText(tr("Header") + QLatin1Char('\n') + pretty(m_inspection->token.header) +
                            QStringLiteral("\n\n") + tr("Payload") + QLatin1Char('\n') +
                            pretty(m_inspection->token.payload));
}

void TokenInspectorView::resizeColumns()
{
    // Claim and Value fit their contents up to a share of the width; Meaning takes the rest and
    // shows its full text in the tooltip.
    const int width = m_tree->viewport()->width() > 100 ? m_tree->viewport()->width() : 800;
    m_tree->resizeColumnToContents(TokenTreeModel::ClaimColumn);
    m_tree->resizeColumnToContents(TokenTreeModel::ValueColumn);
    m_tree->setColumnWidth(TokenTreeModel::ClaimColumn,
                           qMin(m_tree->columnWidth(TokenTreeModel::ClaimColumn), width * 3 / 10));
    m_tree->setColumnWidth(TokenTreeModel::ValueColumn,
                           qMin(m_tree->columnWidth(TokenTreeModel::ValueColumn), width * 2 / 5));
}

void TokenInspectorView::updateCopyActions()
{
    const bool hasCurrent = m_tree->currentIndex().isValid();
    m_copyValueAction->setEnabled(hasCurrent);
    m_copyPathAction->setEnabled(hasCurrent);
}

void TokenInspectorView::showClaimDetails(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_claimDetails->setText(tr("Select a row to see its full value and explanation. "
                                   "Ctrl+C copies the value, Ctrl+Shift+C its path."));
        return;
    }
    const QModelIndex row = current.siblingAtColumn(TokenTreeModel::ClaimColumn);
    const auto kind = TokenTreeModel::NodeKind(row.data(TokenTreeModel::NodeKindRole).toInt());
    QStringList lines{tr("%1 at %2").arg(row.data().toString(), row.data(TokenTreeModel::PathRole).toString())};
    if (kind != TokenTreeModel::NodeKind::Section) {
        // Enough to read a long scope or audience; whole objects are in the tree below this row.
        constexpr int MaxValueLength = 600;
        QString value = row.data(TokenTreeModel::CopyTextRole).toString();
        if (value.size() > MaxValueLength)
            value = value.left(MaxValueLength) + QStringLiteral("…");
        lines << tr("Value: %1").arg(value);
    }
    if (kind == TokenTreeModel::NodeKind::Claim)
        lines << row.siblingAtColumn(TokenTreeModel::MeaningColumn).data(Qt::ToolTipRole).toString();
    else if (kind == TokenTreeModel::NodeKind::Section)
        lines << row.siblingAtColumn(TokenTreeModel::MeaningColumn).data().toString();
    m_claimDetails->setText(lines.join(QLatin1Char('\n')));
}

QString TokenInspectorView::selectedRole(int role) const
{
    const QModelIndex current = m_tree ? m_tree->currentIndex() : QModelIndex();
    return current.isValid() ? current.data(role).toString() : QString();
}

void TokenInspectorView::copySelectedValue()
{
    const QString path = selectedRole(TokenTreeModel::PathRole);
    if (path.isEmpty())
        return;
    QApplication::clipboard()->setText(selectedRole(TokenTreeModel::CopyTextRole));
    emit statusMessage(tr("Copied the value of %1").arg(path));
}

void TokenInspectorView::copySelectedPath()
{
    const QString path = selectedRole(TokenTreeModel::PathRole);
    if (path.isEmpty())
        return;
    QApplication::clipboard()->setText(path);
    emit statusMessage(tr("Copied the path %1").arg(path));
}

void TokenInspectorView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPaletteColours();
}

void TokenInspectorView::applyErrorColour()
{
    QPalette errorPalette = palette();
    if (!m_errorIsToken)
        errorPalette.setColor(QPalette::WindowText, errorTextColour(palette()));
    m_error->setPalette(errorPalette);
}

void TokenInspectorView::applyPaletteColours()
{
    applyErrorColour();
    if (!m_results)
        return;
    applyBadgeStyle();
    renderCompactToken();
}

} // namespace orglens::widgets
