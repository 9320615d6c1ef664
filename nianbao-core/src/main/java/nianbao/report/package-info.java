/**
 * The canonical report and its findings: the immutable records that flow from normalisation
 * through validation into the output.
 */
package nianbao.report;
