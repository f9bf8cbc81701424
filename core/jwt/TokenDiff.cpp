#include "TokenDiff.h"

#include "ClaimCatalogue.h"
#include "common/JsonPointer.h"

#include <QSet>

namespace orglens::jwt {

namespace {

bool isScalar(const QJsonValue &value)
{
    return !value.isArray() && !value.isObject() && !value.isUndefined();
}

bool isScalarArray(const QJsonArray &array)
{
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &value) { return isScalar(value); });
}

// Set difference keeping the order of `from`.
QJsonArray itemsMissingFrom(const QJsonArray &from, const QJsonArray &other)
{
    QJsonArray missing;
    for (const QJsonValue &value : from) {
        if (!other.contains(value))
            missing.append(value);
    }
    return missing;
}

QJsonArray scopeItems(const QString &scope)
{
    return QJsonArray::fromStringList(scope.split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

const QString HeaderRoot = QStringLiteral("/header");
const QString PayloadRoot = QStringLiteral("/payload");

class Differ {
public:
    QList<DiffEntry> entries;

    void compare(const QString &path, const QJsonValue &before, const QJsonValue &after, bool isVolatile)
    {
        if (before.isObject() && after.isObject())
            return compareObjects(path, before.toObject(), after.toObject(), isVolatile);
        if (before.isArray() && after.isArray())
            return compareArrays(path, before.toArray(), after.toArray(), isVolatile);
        add(path, before, after, isVolatile);
    }

    // The roots ("/header", "/payload") always list their claims; an equal nested object is one entry.
    void compareObjects(const QString &path, const QJsonObject &before, const QJsonObject &after, bool isVolatile)
    {
        const bool isRoot = path == HeaderRoot || path == PayloadRoot;
        if (!isRoot && before == after)
            return add(path, before, after, isVolatile);
        const bool isPayloadRoot = path == PayloadRoot;
        QStringList keys = before.keys() + after.keys();
        keys.sort();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            const QString childPath = jsonPointerAppend(path, key);
            const bool childVolatile = isVolatile || (isPayloadRoot && describeClaim(key).isVolatile);
            const QJsonValue beforeValue = before.value(key);
            const QJsonValue afterValue = after.value(key);
            if (isPayloadRoot && key == QLatin1String("scope") && beforeValue.isString() && afterValue.isString())
                compareSets(childPath, beforeValue, afterValue, scopeItems(beforeValue.toString()),
                            scopeItems(afterValue.toString()), childVolatile);
            else
                compare(childPath, beforeValue, afterValue, childVolatile);
        }
    }

private:
    void compareArrays(const QString &path, const QJsonArray &before, const QJsonArray &after, bool isVolatile)
    {
        if (isScalarArray(before) && isScalarArray(after))
            return compareSets(path, before, after, before, after, isVolatile);
        if (before == after)
            return add(path, before, after, isVolatile);
        for (qsizetype i = 0; i < qMax(before.size(), after.size()); ++i)
            compare(jsonPointerAppend(path, QString::number(i)), before.at(i), after.at(i), isVolatile);
    }

    void compareSets(const QString &path, const QJsonValue &before, const QJsonValue &after,
                     const QJsonArray &beforeItems, const QJsonArray &afterItems, bool isVolatile)
    {
        DiffEntry entry{path,
                        ChangeKind::Unchanged,
                        before,
                        after,
                        isVolatile,
                        itemsMissingFrom(afterItems, beforeItems),
                        itemsMissingFrom(beforeItems, afterItems)};
        if (!entry.itemsAdded.isEmpty() || !entry.itemsRemoved.isEmpty())
            entry.kind = ChangeKind::Changed;
        entries << entry;
    }

    void add(const QString &path, const QJsonValue &before, const QJsonValue &after, bool isVolatile)
    {
        ChangeKind kind = ChangeKind::Changed;
        if (before.isUndefined())
            kind = ChangeKind::Added;
        else if (after.isUndefined())
            kind = ChangeKind::Removed;
        else if (before == after)
            kind = ChangeKind::Unchanged;
        entries << DiffEntry{path, kind, before, after, isVolatile, {}, {}};
    }
};

QJsonValue nullIfUndefined(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

} // namespace

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Removed:
        return QStringLiteral("removed");
    case ChangeKind::Changed:
        return QStringLiteral("changed");
    case ChangeKind::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

QJsonObject DiffEntry::toJson() const
{
    QJsonObject object{{QStringLiteral("path"), path},
                       {QStringLiteral("before"), nullIfUndefined(before)},
                       {QStringLiteral("after"), nullIfUndefined(after)},
                       {QStringLiteral("volatile"), isVolatile}};
    if (!itemsAdded.isEmpty() || !itemsRemoved.isEmpty()) {
        object.insert(QStringLiteral("items_added"), itemsAdded);
        object.insert(QStringLiteral("items_removed"), itemsRemoved);
    }
    return object;
}

QList<DiffEntry> TokenDiff::ofKind(ChangeKind kind) const
{
    QList<DiffEntry> selected;
    std::copy_if(entries.begin(), entries.end(), std::back_inserter(selected),
                 [kind](const DiffEntry &entry) { return entry.kind == kind; });
    return selected;
}

bool TokenDiff::hasDifferences() const
{
    return std::any_of(entries.begin(), entries.end(),
                       [](const DiffEntry &entry) { return entry.kind != ChangeKind::Unchanged; });
}

QJsonObject TokenDiff::toJson() const
{
    QJsonObject object;
    for (ChangeKind kind : {ChangeKind::Added, ChangeKind::Removed, ChangeKind::Changed, ChangeKind::Unchanged}) {
        QJsonArray list;
        for (const DiffEntry &entry : ofKind(kind))
            list.append(entry.toJson());
        object.insert(changeKindName(kind), list);
    }
    return object;
}

TokenDiff diffTokens(const DecodedToken &before, const DecodedToken &after)
{
    Differ differ;
    differ.compareObjects(HeaderRoot, before.header, after.header, false);
    differ.compareObjects(PayloadRoot, before.payload, after.payload, false);
    return TokenDiff{differ.entries};
}

} // namespace orglens::jwt
