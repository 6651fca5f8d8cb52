import { createCourseGrader } from "../../src/domain/grading/course-grader.js";
import { pack } from "../pack.js";

/** The grader as the bot and the CLI build it, shared by the grading tests. */
export const grader = createCourseGrader(pack);
