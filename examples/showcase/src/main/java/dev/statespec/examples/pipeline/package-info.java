/**
 * A second example spec, for a domain other than Prefect's: the states of a deployment pipeline run.
 *
 * <p>{@link dev.statespec.examples.pipeline.PipelineSpec} is all there is to write; the build
 * generates {@code StateType}, {@code State}, {@code StateDetails}, {@code CountByState}, {@code
 * States} and {@code StatePolicy} beside it, the JSON Schema resource {@code
 * META-INF/statespec/dev.statespec.examples.pipeline.PipelineSpec.schema.json} and its transitions
 * as a Mermaid and a DOT diagram beside it. What the spec shows
 * beyond the Prefect example:
 *
 * <ul>
 *   <li>types of its own, among them a terminal {@code SKIPPED} and the two-word {@code
 *       AWAITING_APPROVAL}, whose default state name is {@code "Awaiting Approval"} and whose
 *       factory is {@code States.awaitingApproval()};
 *   <li>named states of several types ({@code Hotfix}, {@code Canary}, {@code Superseded}, ...);
 *   <li>details fields of every supported type, boxed and primitive, with {@code @Default}s
 *       ({@code environment} is {@code "staging"}, {@code maxAttempts} is 3, {@code approvers} is
 *       empty) and a {@code @JsonName} ({@code commitSha()} is {@code "sha"} on the wire);
 *   <li>factory rules with shortcut arguments ({@code States.canary(25)}, {@code
 *       States.awaitingApproval(Duration.ofHours(2))}), a rule without arguments ({@code
 *       States.retrying()}), and rules that refuse a bad combination with an {@code
 *       IllegalArgumentException};
 *   <li>build rules that hold however a state is built: a state awaiting approval always has a
 *       deadline, a skipped one always a reason;
 *   <li>two reset fields: {@code resetFields()} renews the id and the timestamp, and {@code equals}
 *       ignores both;
 *   <li>schema descriptions and examples of state and details fields;
 *   <li>a transitions table (a run starts {@code QUEUED}; a failed run may be queued again) and
 *       transition rules that accept an amended state ({@code carryRun}), abort ({@code
 *       sameCommit}), reject or propose a timed-out failure instead ({@code approvalGate}), and
 *       decide when a terminal type may leave ({@code retryWithinAttempts}).
 * </ul>
 *
 * <pre>{@code
 * State canary = States.canary(25, o -> o.message("Rolling out build 41"));
 * canary.isDeploying();                            // true
 * canary.toString();                               // Canary('Rolling out build 41', type=DEPLOYING)
 * State waiting = States.awaitingApproval(Duration.ofHours(2));
 * waiting.toString();                              // Awaiting Approval(type=AWAITING_APPROVAL)
 * State.builder(StateType.AWAITING_APPROVAL).build()
 *     .stateDetails().approvalDeadline();          // now + 24 hours
 * States.rolledBack(runId, o -> o.stateDetails(StateDetails.builder().pipelineRunId(runId).build()));
 *                                                  // IllegalArgumentException: a run cannot roll back to itself
 * StatePolicy.apply(waiting, States.deploying()).reason();
 *                                                  // Nobody approved the deployment yet
 * StatePolicy.enforce(States.succeeded(), States.queued());
 *                                                  // TransitionRejectedException: ... does not let SUCCEEDED go to QUEUED
 * }</pre>
 */
package dev.statespec.examples.pipeline;
