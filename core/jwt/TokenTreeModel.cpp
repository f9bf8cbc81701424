#include "jwt/TokenTreeModel.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <vector>

namespace orglens::jwt {

namespace {

// RFC 6901: "~" becomes "~0" and "/" becomes "~1" inside a reference token.
QString escapePointerToken(QString token)
{
    return token.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
}

QString prettyJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

struct TokenTreeModel::Node {
    NodeKind kind = NodeKind::Member;
    QString name;
    QString path;
    QJsonValue value;
    ClaimInfo info;   // claims and header parameters only
    QString timeText; // NumericDate claims only
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *addChild(NodeKind childKind, const QString &childName, const QString &childPath, const QJsonValue &childValue)
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->name = childName;
        child->path = childPath;
        child->value = childValue;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        Node *added = children.back().get();
        added->addMembers();
        return added;
    }

    // Nested objects and arrays become child nodes, to any depth.
    void addMembers()
    {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                addChild(NodeKind::Member, it.key(), path + QLatin1Char('/') + escapePointerToken(it.key()),
                         it.value());
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                addChild(NodeKind::Member, QStringLiteral("[%1]").arg(i), path + QLatin1Char('/') + QString::number(i),
                         array.at(i));
        }
    }

    void addSection(const QString &sectionName, const QString &sectionPath, const QJsonObject &object,
                    const QList<ClaimRow> &rows)
    {
        auto section = std::make_unique<Node>();
        section->kind = NodeKind::Section;
        section->name = sectionName;
        section->path = sectionPath;
        section->value = object;
        section->parent = this;
        section->row = int(children.size());
        for (const ClaimRow &claim : rows) {
            Node *child = section->addChild(NodeKind::Claim, claim.name, claim.path, claim.value);
            child->info = claim.info;
            child->timeText = claim.timeText;
        }
        children.push_back(std::move(section));
    }
};

TokenTreeModel::TokenTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

TokenTreeModel::~TokenTreeModel() = default;

void TokenTreeModel::setInspection(const TokenInspection &inspection)
{
    auto fresh = std::make_unique<Node>();
    fresh->addSection(tr("Header"), QStringLiteral("/header"), inspection.token.header, inspection.header);
    fresh->addSection(tr("Payload"), QStringLiteral("/payload"), inspection.token.payload, inspection.payload);

    // The same token yields the same tree: keep the rows (and the view's expansion and selection).
    if (!isEmpty() && inspection.token.compact == m_compact) {
        refreshClaims(*fresh);
        return;
    }
    beginResetModel();
    m_root = std::move(fresh);
    m_compact = inspection.token.compact;
    endResetModel();
}

void TokenTreeModel::refreshClaims(const Node &fresh)
{
    for (std::size_t s = 0; s < m_root->children.size() && s < fresh.children.size(); ++s) {
        Node &section = *m_root->children[s];
        const Node &freshSection = *fresh.children[s];
        if (section.children.size() != freshSection.children.size() || section.children.empty())
            continue;
        for (std::size_t c = 0; c < section.children.size(); ++c) {
            section.children[c]->info = freshSection.children[c]->info;
            section.children[c]->timeText = freshSection.children[c]->timeText;
        }
        emit dataChanged(indexFor(section.children.front().get(), ClaimColumn),
                         indexFor(section.children.back().get(), MeaningColumn));
    }
}

void TokenTreeModel::clear()
{
    if (isEmpty())
        return;
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_compact.clear();
    endResetModel();
}

bool TokenTreeModel::isEmpty() const
{
    return m_root->children.empty();
}

QModelIndex TokenTreeModel::indexForPath(const QString &path) const
{
    // Descend through the nodes whose path is a prefix of the one sought.
    const Node *node = m_root.get();
    while (node) {
        const Node *next = nullptr;
        for (const auto &child : node->children) {
            if (child->path == path)
                return indexFor(child.get(), ClaimColumn);
            if (path.startsWith(child->path + QLatin1Char('/'))) {
                next = child.get();
                break;
            }
        }
        node = next;
    }
    return {};
}

TokenTreeModel::Node *TokenTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex TokenTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

QModelIndex TokenTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = nodeFor(parent);
    return createIndex(row, column, parentNode->children[std::size_t(row)].get());
}

QModelIndex TokenTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent, ClaimColumn);
}

int TokenTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != ClaimColumn)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int TokenTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TokenTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeFor(index);
    const bool isClaim = node.kind == NodeKind::Claim;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ClaimColumn:
            return node.name;
        case ValueColumn:
            return summarise(node.value);
        case MeaningColumn:
            if (node.kind == NodeKind::Section)
                return node.path == QLatin1String("/header") ? tr("How the token is signed (JOSE header)")
                                                             : tr("What the token says (claims)");
            if (isClaim)
                return node.timeText.isEmpty() ? node.info.explanation : node.timeText;
            return {};
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == ValueColumn && node.kind != NodeKind::Section)
            return node.value.isObject() || node.value.isArray() ? prettyJson(node.value) : copyText(node.value);
        if (!isClaim)
            return node.path;
        QStringList lines{node.info.explanation};
        if (!node.timeText.isEmpty())
            lines << node.timeText;
        lines << tr("Defined by: %1").arg(sourceName(node.info.source));
        return lines.join(QLatin1Char('\n'));
    }
    case PathRole:
        return node.path;
    case RawValueRole:
        return QVariant::fromValue(node.value);
    case CopyTextRole:
        return copyText(node.value);
    case NodeKindRole:
        return int(node.kind);
    case ClaimSourceRole:
        return isClaim ? QVariant(int(node.info.source)) : QVariant();
    case IsTimeRole:
        return isClaim && node.info.isTime;
    case IsVolatileRole:
        return isClaim && node.info.isVolatile;
    case ExplanationRole:
        return isClaim ? QVariant(node.info.explanation) : QVariant();
    }
    return {};
}

QVariant TokenTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClaimColumn:
        return tr("Claim");
    case ValueColumn:
        return tr("Value");
    case MeaningColumn:
        return tr("Meaning");
    }
    return {};
}

Qt::ItemFlags TokenTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeFor(index)->children.empty())
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QHash<int, QByteArray> TokenTreeModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(RawValueRole, "rawValue");
    names.insert(CopyTextRole, "copyText");
    names.insert(NodeKindRole, "nodeKind");
    names.insert(ClaimSourceRole, "claimSource");
    names.insert(IsTimeRole, "isTime");
    names.insert(IsVolatileRole, "isVolatile");
    names.insert(ExplanationRole, "explanation");
    return names;
}

QString TokenTreeModel::summarise(const QJsonValue &value)
{
    if (value.isArray()) {
        const auto count = value.toArray().size();
        return count == 1 ? tr("[1 item]") : tr("[%1 items]").arg(count);
    }
    if (value.isObject()) {
        const auto count = value.toObject().size();
        return count == 1 ? tr("{1 key}") : tr("{%1 keys}").arg(count);
    }
    return copyText(value);
}

QString TokenTreeModel::copyText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        return {};
    default: {
        // Numbers, booleans and null exactly as JSON writes them (no 1.76e+09 for NumericDates).
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    }
}

} // namespace orglens::jwt
