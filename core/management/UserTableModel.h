#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace orglens::management {

// Users as the Management API returns them, one row each: user_id, e-mail, name, app_metadata.default_org_id.
// Qt::UserRole on any column gives the whole user object.
class UserTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { UserIdColumn, EmailColumn, NameColumn, DefaultOrgColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setUsers(const QJsonArray &users);
    // Replaces the row of the user with the same user_id (after a change); false if not shown.
    bool updateUser(const QJsonObject &user);
    QJsonObject user(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_users;
};

} // namespace orglens::management
