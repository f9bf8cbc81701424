#pragma once

#include "Command.h"

namespace orglens::cli {

// orglens-cli decode [TOKEN|-] [--json] [--batch] [--verify --issuer URL|--jwks FILE]: header, explained claims,
// kind, warnings; with --verify also the signature and the claim validation.
class DecodeCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::DecodeCommand)

public:
    QString name() const override { return QStringLiteral("decode"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
