<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>orglens::cli::AuditCommand</name>
    <message numerus="yes">
        <source>%n step(s) written, %1</source>
        <translation>
            <numerusform>%n step written, %1</numerusform>
            <numerusform>%n steps written, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::doctor::PipelineChecks</name>
    <message numerus="yes">
        <source>No profile has subject_token_type %1 (%n profile(s) read).</source>
        <translation>
            <numerusform>No profile has subject_token_type %1 (%n profile read).</numerusform>
            <numerusform>No profile has subject_token_type %1 (%n profiles read).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::repair::RepairRunner</name>
    <message numerus="yes">
        <source>Undone: %n step(s) restored.</source>
        <translation>
            <numerusform>Undone: %n step restored.</numerusform>
            <numerusform>Undone: %n steps restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repaired: %n step(s) applied.</source>
        <translation>
            <numerusform>Repaired: %n step applied.</numerusform>
            <numerusform>Repaired: %n steps applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ActivityIndicator</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::AuditTableModel</name>
    <message numerus="yes">
        <source>repair: %n step(s)</source>
        <translation>
            <numerusform>repair: %n step</numerusform>
            <numerusform>repair: %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>undo of a repair: %n step(s)</source>
        <translation>
            <numerusform>undo of a repair: %n step</numerusform>
            <numerusform>undo of a repair: %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::AuditView</name>
    <message numerus="yes">
        <source>%n damaged line(s) of the audit log were skipped; the other entries are listed. %1</source>
        <translation>
            <numerusform>%n damaged line of the audit log was skipped; the other entries are listed. %1</numerusform>
            <numerusform>%n damaged lines of the audit log were skipped; the other entries are listed. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::BulkView</name>
    <message numerus="yes">
        <source>Validating %n row(s) against the tenant…</source>
        <translation>
            <numerusform>Validating %n row against the tenant…</numerusform>
            <numerusform>Validating %n rows against the tenant…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not valid; nothing will be changed. Correct them in the file and validate again.</source>
        <translation>
            <numerusform>%n row is not valid; nothing will be changed. Correct it in the file and validate again.</numerusform>
            <numerusform>%n rows are not valid; nothing will be changed. Correct them in the file and validate again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %1 of %n row(s) would change; nothing has been changed yet.%2</source>
        <translation>
            <numerusform>Dry run: %1 of %n row would change; nothing has been changed yet.%2</numerusform>
            <numerusform>Dry run: %1 of %n rows would change; nothing has been changed yet.%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying the bulk plan (%n row(s))…</source>
        <translation>
            <numerusform>Applying the bulk plan (%n row)…</numerusform>
            <numerusform>Applying the bulk plan (%n rows)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have no audit entry (see their detail); Resume writes the entries once the audit log can be written.</source>
        <translation>
            <numerusform>%n change has no audit entry (see its detail); Resume writes the entry once the audit log can be written.</numerusform>
            <numerusform>%n changes have no audit entry (see their detail); Resume writes the entries once the audit log can be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the default organization of %n user(s)</source>
        <translation>
            <numerusform>Set the default organization of %n user</numerusform>
            <numerusform>Set the default organization of %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n user(s)</source>
        <translation>
            <numerusform>Apply to %n user</numerusform>
            <numerusform>Apply to %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ClaimChainView</name>
    <message numerus="yes">
        <source>%n step(s): %1.</source>
        <translation>
            <numerusform>%n step: %1.</numerusform>
            <numerusform>%n steps: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) change along the way (+ added, − dropped, ~ changed); dimmed claims differ on every issuance.</source>
        <translation>
            <numerusform>%n claim changes along the way (+ added, − dropped, ~ changed); dimmed claims differ on every issuance.</numerusform>
            <numerusform>%n claims change along the way (+ added, − dropped, ~ changed); dimmed claims differ on every issuance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::ExplainView</name>
    <message numerus="yes">
        <source>Tenant evidence fetched; %n part(s) could not be read (listed as missing).</source>
        <translation>
            <numerusform>Tenant evidence fetched; %n part could not be read (listed as missing).</numerusform>
            <numerusform>Tenant evidence fetched; %n parts could not be read (listed as missing).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::GeneratedActionsDialog</name>
    <message numerus="yes">
        <source>Copied the %1 (%n line(s)) to the clipboard.</source>
        <translation>
            <numerusform>Copied the %1 (%n line) to the clipboard.</numerusform>
            <numerusform>Copied the %1 (%n lines) to the clipboard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::MainWindow</name>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::RepairDialog</name>
    <message numerus="yes">
        <source>&amp;Apply %n step(s)</source>
        <translation>
            <numerusform>&amp;Apply %n step</numerusform>
            <numerusform>&amp;Apply %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will write to the tenant. Apply writes them in this order; each is recorded in the audit log and can be undone there.</source>
        <translation>
            <numerusform>%n step will write to the tenant. Apply writes it; it is recorded in the audit log and can be undone there.</numerusform>
            <numerusform>%n steps will write to the tenant. Apply writes them in this order; each is recorded in the audit log and can be undone there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the repair, %1 of %n check(s) pass; before, %2 did.</source>
        <translation>
            <numerusform>After the repair, %1 of %n check passes; before, %2 did.</numerusform>
            <numerusform>After the repair, %1 of %n checks pass; before, %2 did.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::TenantView</name>
    <message numerus="yes">
        <source>%n failed (%1 critical)</source>
        <translation>
            <numerusform>%n failed (%1 critical)</numerusform>
            <numerusform>%n failed (%1 critical)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n not checked</numerusform>
            <numerusform>%n not checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ All %n step(s) pass.</source>
        <translation>
            <numerusform>✓ The %n step passes.</numerusform>
            <numerusform>✓ All %n steps pass.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orglens::widgets::TokenInspectorView</name>
    <message numerus="yes">
        <source>Header (%n characters)</source>
        <translation>
            <numerusform>Header (%n character)</numerusform>
            <numerusform>Header (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payload (%n characters)</source>
        <translation>
            <numerusform>Payload (%n character)</numerusform>
            <numerusform>Payload (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signature (%n characters)</source>
        <translation>
            <numerusform>Signature (%n character)</numerusform>
            <numerusform>Signature (%n characters)</numerusform>
        </translation>
    </message>
</context>
</TS>
