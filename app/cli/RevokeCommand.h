#pragma once

#include "RefreshTokenSource.h"

#include <QCoreApplication>

namespace orglens::cli {

// orglens-cli revoke: revokes the stored refresh token (or one from stdin) and forgets it.
class RevokeCommand : public RefreshTokenCommand {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::RevokeCommand)

public:
    QString name() const override { return QStringLiteral("revoke"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
