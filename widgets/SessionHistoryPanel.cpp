#include "SessionHistoryPanel.h"

#include "StatusColours.h"
#include "oauth/OAuthClient.h"
#include "oauth/SessionHistoryModel.h"

#include <QApplication>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace orglens::widgets {

using oauth::SessionHistoryModel;

namespace {
// Puts the kind badge of a row ("Access", "ID") in front of its first column as an icon, all badges as wide as the
// widest, so the kind shows however narrow the panel is (the model's tooltip and accessible text name it in full).
class KindBadgeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString badge = index.data(SessionHistoryModel::KindBadgeRole).toString();
        if (badge.isEmpty())
            return;
        const QFontMetrics metrics(option->font);
        const int padding = metrics.horizontalAdvance(QLatin1Char(' '));
        const QSize size(qMax(metrics.horizontalAdvance(SessionHistoryModel::kindBadge(false)),
                              metrics.horizontalAdvance(SessionHistoryModel::kindBadge(true))) +
                             2 * padding,
                         metrics.height());
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = size;
        option->icon = QIcon(badgePixmap(badge, size, option->font, option->palette));
    }

private:
    static QPixmap badgePixmap(const QString &text, const QSize &size, const QFont &font, const QPalette &palette)
    {
        const qreal ratio = qApp->devicePixelRatio();
        QPixmap pixmap(size * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor base = palette.color(QPalette::Base);
        const bool idToken = text == SessionHistoryModel::kindBadge(true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(
            blendColours(base, idToken ? statusHue(StatusHue::Good) : palette.color(QPalette::Highlight), 0.3));
        const QRectF rect(QPointF(0, 0), QSizeF(size));
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), size.height() / 3.0, size.height() / 3.0);
        painter.setPen(palette.color(QPalette::Text));
        painter.setFont(font);
        painter.drawText(rect, Qt::AlignCenter, text);
        return pixmap;
    }
};
} // namespace

SessionHistoryPanel::SessionHistoryPanel(oauth::SessionHistory *history, QWidget *parent)
    : QWidget(parent), m_history(history), m_model(new SessionHistoryModel(history, this))
{
    setObjectName(QStringLiteral("sessionHistoryPanel"));

    m_empty = new QLabel(tr("No tokens yet.\nPaste one (Ctrl+V) or log in: every token of this session is listed "
                            "here, and forgotten when OrgLens quits."),
                         this);
    m_empty->setObjectName(QStringLiteral("sessionHistoryEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);

    const auto makeButton = [this](const QString &name, const QString &text, const QString &tip) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        return button;
    };
    m_open = makeButton(QStringLiteral("historyOpenButton"), tr("&Inspect"), tr("Open in the Tokens view (Enter)"));
    m_before = makeButton(QStringLiteral("historyBeforeButton"), tr("As &before"),
                          tr("Use as the first token of a comparison"));
    m_after = makeButton(QStringLiteral("historyAfterButton"), tr("As a&fter"),
                         tr("Use as the second token of a comparison"));
    m_chain = makeButton(QStringLiteral("historyChainButton"), tr("C&hain"),
                         tr("Show how the claims changed from login through refreshes and exchanges up to this token"));
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(selectedToken()); });
    connect(m_before, &QPushButton::clicked, this, [this] { emit compareBeforeRequested(selectedToken()); });
    connect(m_after, &QPushButton::clicked, this, [this] { emit compareAfterRequested(selectedToken()); });
    connect(m_chain, &QPushButton::clicked, this, [this] { emit chainRequested(selectedRecordId()); });
    m_refresh = makeButton(QStringLiteral("historyRefreshButton"), tr("&Refresh"),
                           tr("Get new tokens with this login's refresh token; they are added to the history"));
    m_refresh->setVisible(false); // until there is an OAuth client to refresh with
    connect(m_refresh, &QPushButton::clicked, this, &SessionHistoryPanel::refreshSelected);

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_open, 0, 0);
    buttons->addWidget(m_chain, 0, 1);
    buttons->addWidget(m_refresh, 2, 0, 1, 2);
    buttons->addWidget(m_before, 1, 0);
    buttons->addWidget(m_after, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int, int last) {
        ensureView()->setCurrentIndex(m_model->index(last, 0)); // follow the newest token
        updateState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionHistoryPanel::updateState);
    updateState();
}

// The list is built with the first token: the empty panel of every start shows the hint only (and a hidden tree's
// header would still measure its columns, in bold, before the first paint).
QTreeView *SessionHistoryPanel::ensureView()
{
    if (m_view)
        return m_view;
    m_view = new QTreeView(m_stack);
    m_view->setObjectName(QStringLiteral("sessionHistoryView"));
    m_view->setAccessibleName(tr("Tokens of this session"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new KindBadgeDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(SessionHistoryModel::TokenRole).toString());
    });

    m_stack->addWidget(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SessionHistoryPanel::updateState);
    return m_view;
}

QTreeView *SessionHistoryPanel::view() const
{
    return const_cast<SessionHistoryPanel *>(this)->ensureView();
}

SessionHistoryPanel::~SessionHistoryPanel() = default;

void SessionHistoryPanel::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : ensureView());
    setFocusProxy(empty ? nullptr : m_view);
    const bool selected = m_view && m_view->currentIndex().isValid();
    for (QPushButton *button : {m_open, m_before, m_after, m_chain})
        button->setEnabled(selected);
    const auto record = selected ? m_history->find(selectedRecordId()) : std::nullopt;
    m_refresh->setEnabled(m_oauth && !m_refreshing && record && !record->tokens.refreshToken.isEmpty());
}

void SessionHistoryPanel::setOAuthClient(oauth::OAuthClient *client)
{
    m_oauth = client;
    m_refresh->setVisible(client != nullptr);
    updateState();
}

void SessionHistoryPanel::refreshSelected()
{
    const auto record = m_history->find(selectedRecordId());
    if (!m_oauth || m_refreshing || !record || record->tokens.refreshToken.isEmpty())
        return;
    m_refreshing = m_oauth->refresh(oauth::refreshRequestFor(*record));
    emit statusMessage(
        tr("Refreshing the tokens with the refresh token of %1 %2…")
            .arg(oauth::flowLabel(record->flow), record->time.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    connect(m_refreshing, &oauth::TokenOperation::finished, this, [this](const oauth::TokenResult &result) {
        m_refreshing->deleteLater();
        m_refreshing = nullptr;
        updateState();
        emit statusMessage(result.ok() ? tr("Refreshed: the new tokens are at the end of the session history.")
                                       : tr("The refresh failed: %1").arg(result.error.text()));
    });
    updateState();
}

void SessionHistoryPanel::selectToken(const QString &token)
{
    const int row = m_model->rowForToken(token);
    if (row >= 0)
        ensureView()->setCurrentIndex(m_model->index(row, 0));
}

QSize SessionHistoryPanel::sizeHint() const
{
    // "[Access] 14:29:46  Client credentials": the kind is the badge; the profile and kind columns may need a scroll,
    // or a wider panel (its width is the user's: DockWidthShare).
    const int columns = fontMetrics().horizontalAdvance(QStringLiteral("Access 00:00:00 Client credentials")) +
                        fontMetrics().horizontalAdvance(QLatin1Char('M')) * 3;
    return {qMax(columns, QWidget::sizeHint().width()), QWidget::sizeHint().height()};
}

QString SessionHistoryPanel::selectedToken() const
{
    return m_view ? m_view->currentIndex().data(SessionHistoryModel::TokenRole).toString() : QString();
}

QString SessionHistoryPanel::selectedRecordId() const
{
    return m_view ? m_view->currentIndex().data(SessionHistoryModel::RecordIdRole).toString() : QString();
}

} // namespace orglens::widgets
