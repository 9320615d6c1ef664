/**
 * The auditors' comparison over data folders: one row per agency and year (a panel of figures both
 * templates print, under one crosswalk, and rates derived from them), findings across agencies and
 * years (late, missing, wrong template, broken identities, outliers among peers, copied text), and a
 * self-contained page that shows them with the evidence.
 */
package nianbao.audit;
