#pragma once

#include "RefreshTokenSource.h"

#include <QCoreApplication>

namespace orglens::cli {

// orglens-cli refresh: a refresh_token grant with the refresh token stored by login (or from stdin); rotation replaces
// it.
class RefreshCommand : public RefreshTokenCommand {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::RefreshCommand)

public:
    QString name() const override { return QStringLiteral("refresh"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
