#pragma once

#include "management/BulkPlan.h"
#include "management/BulkRunner.h"

#include <QAbstractTableModel>

namespace orglens::widgets {

// The rows of a bulk run at each stage, one table: the validation report (bad rows with their line and reason),
// the plan (what would change: the dry run), then the results of the run.
class BulkResultModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LineColumn, UserColumn, OrgColumn, BeforeColumn, StatusColumn, DetailColumn, ColumnCount };
    // Qt::UserRole on the status column: the status code ("invalid", "change", "unchanged", "applied", "skipped",
    // "failed", "unaudited", "not-started").
    static constexpr int StatusCodeRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    // Bad rows by line; `rows` (the parsed rows) fill in the user and organization of the lines that have them.
    void setErrors(QList<management::RowError> errors, const QList<management::BulkRow> &rows = {});
    void setPlan(const management::BulkPlan &plan);
    void setResults(const QList<management::RowResult> &results);

    int count(const QString &statusCode) const;
    // RFC 4180 CSV with a header (line,user_id,org_id,before,status,detail), CRLF line ends.
    QByteArray toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int line = 0;
        QString user;
        QString org;
        QJsonValue before;
        QString status;
        QString detail;
    };
    void setRows(QList<Row> rows);
    static QString statusText(const QString &code);

    QList<Row> m_rows;
};

} // namespace orglens::widgets
