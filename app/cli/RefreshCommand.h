#pragma once

#include "RefreshTokenSource.h"

namespace orglens::cli {

// orglens-cli refresh: a refresh_token grant with the refresh token stored by login (or from stdin); rotation replaces
// it.
class RefreshCommand : public RefreshTokenCommand {
public:
    QString name() const override { return QStringLiteral("refresh"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
