#pragma once

#include "Command.h"
#include "common/Result.h"
#include "doctor/Doctor.h"

namespace orglens::cli {

class ManagementSession;

// doctor [--user USER] [--probe actions|exchange|all] [--json]: the tenant's org_id pipeline, step by step.
class DoctorCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::DoctorCommand)

public:
    QString name() const override { return QStringLiteral("doctor"); }
    QString summary() const override;

    // What `explain --check-tenant` shares with `doctor`: the --probe option and what it means, the run and the
    // printed checklist.
    static void addProbeOption(QCommandLineParser &parser);
    // The probes --probe names: "actions", "exchange", "all", or empty when not given; an error for anything else.
    static Result<QString> probeChoice(const QCommandLineParser &parser);
    // The request for the session's tenant (and `userId`) with the probes `probe` names, after telling the user on
    // standard error what each probe does; an error when the exchange probe lacks what it needs.
    static Result<doctor::DoctorRequest> request(const ManagementSession &session, const QString &userId,
                                                 const QString &probe, CommandIo &io);
    static doctor::DoctorReport run(ManagementSession &session, const doctor::DoctorRequest &request);
    static void printReport(const doctor::DoctorReport &report, CommandIo &io);

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CommandIo &io) override;
};

} // namespace orglens::cli
