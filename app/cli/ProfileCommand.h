#pragma once

#include "Command.h"

namespace orglens::cli {

// orglens-cli profile add|set|list|show|remove: saved tenant profiles (settings file) and their secrets (keychain).
class ProfileCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::ProfileCommand)

public:
    QString name() const override { return QStringLiteral("profile"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
