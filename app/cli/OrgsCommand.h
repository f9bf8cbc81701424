#pragma once

#include "Command.h"

namespace orglens::cli {

// orgs list|get: the tenant's organizations.
class OrgsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::OrgsCommand)

public:
    QString name() const override { return QStringLiteral("orgs"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
