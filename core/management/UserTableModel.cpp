#include "UserTableModel.h"

#include "management/DefaultOrg.h"

namespace orglens::management {

void UserTableModel::setUsers(const QJsonArray &users)
{
    beginResetModel();
    m_users.clear();
    for (const QJsonValue &user : users)
        m_users.append(user.toObject());
    endResetModel();
}

bool UserTableModel::updateUser(const QJsonObject &user)
{
    const QString id = user.value(QLatin1String("user_id")).toString();
    for (qsizetype row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).value(QLatin1String("user_id")).toString() == id) {
            m_users[row] = user;
            emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            return true;
        }
    }
    return false;
}

QJsonObject UserTableModel::user(int row) const
{
    return row >= 0 && row < m_users.size() ? m_users.at(row) : QJsonObject();
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &user = m_users.at(index.row());
    if (role == Qt::UserRole)
        return user;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UserIdColumn:
        return user.value(QLatin1String("user_id")).toString();
    case EmailColumn:
        return user.value(QLatin1String("email")).toString();
    case NameColumn:
        return user.value(QLatin1String("name")).toString();
    case DefaultOrgColumn:
        return defaultOrgId(user);
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserIdColumn:
        return tr("User ID");
    case EmailColumn:
        return tr("E-mail");
    case NameColumn:
        return tr("Name");
    case DefaultOrgColumn:
        return tr("Default organization");
    default:
        return {};
    }
}

} // namespace orglens::management
