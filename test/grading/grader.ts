import { createCourseGrader } from "../../src/domain/grading/course-grader.js";

/** The grader as the bot and the CLI build it, shared by the grading tests. */
export const grader = createCourseGrader();
